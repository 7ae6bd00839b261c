/**
 * preview.js: the dashboard's live preview of the widget, in /widget/v1/preview.html.
 * The page loads the very pulse-ui.js and language files that host pages get (by the
 * same SRI hashes), then this script mounts that UI with each survey draft the
 * dashboard posts. Nothing of the loader runs here: no config fetch, no eligibility,
 * no answer queue; submitting reaches a callback that sends nothing, and the page's CSP
 * (`connect-src 'none'`) would refuse a request anyway.
 *
 * Only messages from this page's own origin and its parent frame count: the dashboard
 * is served by the same API. `frame-ancestors 'self'` keeps other sites from framing
 * the page at all, but a site that opened the dashboard in a window can still reach
 * this frame's window and post to it; the origin check is what ignores that.
 */
// The one runtime import of the contracts in browser code: this frame validates what it
// is sent, so it carries zod (no host page loads it; see README, Preview).
import { type PreviewReport, PreviewRequest } from '@pulse/shared/contracts';
import type { UiHandle } from '../core/bridge.js';
import { settleMedia, walkTo } from './stage.js';

type Request = ReturnType<typeof PreviewRequest.parse>;

const report = (message: PreviewReport) => parent.postMessage(message, location.origin);

let shown: UiHandle | undefined;
let next: Request | undefined;
let rendering = false;

async function render(request: Request): Promise<void> {
  const mount = window.__pulseMountUi;
  if (!mount) {
    const message = 'pulse-ui.js did not load (see the console: a build mismatch fails its SRI check).';
    return report({ type: 'pulse:preview-error', error: { code: 'widget_unavailable', message } });
  }
  const previous = shown;
  const handle = await mount({
    config: request.config,
    localeHints: [request.locale],
    // preview.html loads every language file up front: switching languages needs no request.
    loadScript: async () => undefined,
    onSubmit: () => undefined,
    onDismiss: () => undefined,
    onClose: () => {
      if (shown !== handle) return;
      shown = undefined;
      report({ type: 'pulse:preview-closed' });
    },
  });
  // The new one is on the page before the old one leaves: no blank frame between drafts.
  shown = handle;
  previous?.close();
  // mountUi appends its host element to the body; the old one has just been removed.
  const shadow = document.querySelector('pulse-widget')?.shadowRoot;
  if (!shadow) return;
  settleMedia(shadow, request.theme);
  walkTo(shadow, request.step, request.category);
  // Svelte applies the walk's state changes in a microtask; report what is on screen.
  await new Promise((resolve) => setTimeout(resolve));
  const panel = shadow.querySelector('[role="dialog"]');
  report({
    type: 'pulse:preview-rendered',
    locale: panel?.getAttribute('lang') ?? request.locale,
    dir: panel?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr',
    step: request.step,
    category: request.category,
    theme: request.theme,
  });
}

/** Renders the latest request; drafts that arrive while one renders collapse into the newest. */
async function renderLatest(): Promise<void> {
  if (rendering) return;
  rendering = true;
  try {
    for (let request = next; request; request = next) {
      next = undefined;
      await render(request);
    }
  } finally {
    rendering = false;
  }
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== location.origin || event.source !== parent) return;
  const parsed = PreviewRequest.safeParse(event.data);
  if (!parsed.success) {
    report({
      type: 'pulse:preview-error',
      error: {
        code: 'invalid_preview',
        message:
          'This preview request does not follow the PreviewRequest contract; the last one stays on screen.',
        details: parsed.error.issues.map((issue) => ({
          path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
          message: issue.message,
        })),
      },
    });
    return;
  }
  next = parsed.data;
  void renderLatest();
});

report({ type: 'pulse:preview-ready' });
