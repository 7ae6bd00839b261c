/**
 * pulse.js: installs `window.Pulse`, delivers unsent answers, fetches the survey
 * config and decides eligibility. Only when a survey is to be shown does it load
 * pulse-ui.js, so pages where nothing shows pay for this file alone.
 */
import type { PublicSurveyConfig } from '@pulse/shared/contracts';
import { makeAnswer } from '../core/answer.js';
import type { MountUi, PulseApi, PulseStub, UiHandle } from '../core/bridge.js';
import { decideEligibility, isForced } from '../core/eligibility.js';
import { createEmitter } from '../core/emitter.js';
import { createHttpClient } from '../core/http.js';
import { createAnswerQueue } from '../core/queue.js';
import { pageStore } from '../core/storage.js';
import { forgetVisitor, identifyVisitor, recordPageView, saveVisitor } from '../core/visitor.js';

declare const __PULSE_UI_FILE__: string;
declare const __PULSE_UI_SRI__: string;

/** A delayed survey shows on this page only if the wait is short; otherwise on a later page. */
const MAX_IN_PAGE_WAIT_MS = 10 * 60_000;

function start(script: HTMLScriptElement, publicKey: string): void {
  const scriptUrl = new URL(script.src, location.href);
  const http = createHttpClient(script.dataset.api || scriptUrl.origin);
  const store = pageStore();
  const events = createEmitter();
  const queue = createAnswerQueue({
    store,
    storageKey: `pulse:v1:${publicKey}:queue`,
    transport: http,
    random: Math.random,
    setTimer: setTimeout,
    isOnline: () => navigator.onLine !== false,
  });
  addEventListener('online', () => void queue.online());
  addEventListener('pagehide', () => queue.beaconAll());
  void queue.flush();

  let visitor = recordPageView(store, publicKey, Date.now(), Math.random);
  let ui: UiHandle | undefined;
  let opening = false;
  let uiScript: Promise<MountUi | undefined> | undefined;

  const remember = (): void => saveVisitor(store, publicKey, visitor);

  const localeHints = (): string[] =>
    [
      script.dataset.locale,
      visitor.traits?.locale,
      visitor.traits?.language,
      ...(navigator.languages ?? []),
    ].filter((tag): tag is string => typeof tag === 'string' && tag.length > 0);

  // Fetched on first need, so traits from an identify() queued on the stub already pick the survey's language.
  let configLoaded: Promise<PublicSurveyConfig | undefined> | undefined;
  const loadConfig = () => (configLoaded ??= http.surveyConfig(publicKey, localeHints()));

  const loadScript = (file: string, integrity: string): Promise<void> =>
    new Promise((resolve) => {
      const tag = document.createElement('script');
      tag.src = new URL(file, scriptUrl).href;
      tag.integrity = integrity;
      tag.crossOrigin = 'anonymous';
      tag.onload = tag.onerror = () => resolve();
      document.head.appendChild(tag);
    });

  function loadUi(): Promise<MountUi | undefined> {
    uiScript ??= window.__pulseMountUi
      ? Promise.resolve(window.__pulseMountUi)
      : loadScript(__PULSE_UI_FILE__, __PULSE_UI_SRI__).then(() => window.__pulseMountUi);
    return uiScript;
  }

  async function open(): Promise<void> {
    if (ui || opening) return;
    opening = true;
    const config = await loadConfig();
    const mount = config && (await loadUi());
    const handle =
      config && mount && opening
        ? await mount({
            config,
            localeHints: localeHints(),
            loadScript,
            onSubmit: ({ score, comment, locale }) => {
              const now = new Date();
              visitor = { ...visitor, answeredAt: now.getTime() };
              remember();
              const page = {
                url: location.href,
                referrer: document.referrer,
                userAgent: navigator.userAgent,
              };
              const answer = makeAnswer({
                publicKey,
                surveyId: config.surveyId,
                score,
                comment,
                locale,
                visitor,
                page,
                now,
              });
              void queue.add(answer);
              events.emit('submit', { surveyId: config.surveyId, score, comment: answer.comment, locale });
            },
            onDismiss: () => {
              visitor = { ...visitor, dismissedAt: Date.now() };
              remember();
              events.emit('dismiss', { surveyId: config.surveyId });
            },
            onClose: () => {
              ui = undefined;
            },
          })
        : undefined;
    // hide() while the UI was loading wins.
    if (!opening) return handle?.close();
    opening = false;
    if (handle && config) {
      ui = handle;
      events.emit('show', { surveyId: config.surveyId });
    }
  }

  function check(config: PublicSurveyConfig): void {
    const page = { path: location.pathname, forced: isForced(location.search) };
    const verdict = decideEligibility(config.throttle, visitor, page, Date.now());
    events.emit('ready', verdict);
    if (verdict.show) void open();
    else if (verdict.retryInMs !== undefined && verdict.retryInMs <= MAX_IN_PAGE_WAIT_MS) {
      setTimeout(() => check(config), verdict.retryInMs);
    }
  }

  const api: PulseApi = {
    identify(id, traits) {
      if (typeof id !== 'string' || id === '') return;
      visitor = identifyVisitor(visitor, id, traits);
      remember();
    },
    show: () => void open(),
    hide() {
      opening = false;
      ui?.close();
    },
    reset() {
      api.hide();
      forgetVisitor(store, publicKey);
      visitor = recordPageView(store, publicKey, Date.now(), Math.random);
    },
    on: events.on,
  };

  const stub = window.Pulse as PulseStub | undefined;
  window.Pulse = api;
  for (const [method, args] of stub?.q ?? []) {
    const fn = api[method] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof fn === 'function') fn(...args);
  }
  void loadConfig().then((config) =>
    config ? check(config) : events.emit('ready', { show: false, reason: 'no_survey' }),
  );
}

const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[data-project]');
const current = window.Pulse;
const publicKey = script?.dataset.project;
if (!script || !publicKey) {
  console.warn('[pulse] data-project missing');
} else if (!(current && 'identify' in current && !('q' in current))) {
  start(script, publicKey);
}
