import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApi, type TestApi } from '@pulse/api/testing';
import type { PreviewRequest } from '@pulse/shared';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN, EN } from '../src/i18n/strings.js';
import { type Browser, launchChromium } from './browser.js';
import { editorUrl, openEditor, routeEditor } from './preview-page.js';

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi({ label: 'widget_preview' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

/** An editor's draft: not saved anywhere, some texts left to the built-in defaults. */
const DRAFT = {
  name: 'Onboarding NPS',
  status: 'active',
  defaultLocale: 'en',
  texts: {
    en: {
      question: 'How likely are you to recommend Northwind to a colleague?',
      followUp: { detractor: 'Sorry to hear it. What went wrong?', promoter: 'What do you love?' },
      thankYou: { detractor: 'Thanks, we will fix it.', passive: 'Thanks for the nudge.' },
    },
    ar: { question: 'ما مدى احتمال أن توصي بنورثويند لزميل؟' },
  },
  throttle: { minDaysBetweenAsks: 90 },
  appearance: { brandColor: '#0f766e', position: 'bottom-left' as const },
  thankYouLinks: { promoter: 'https://example.com/review' },
};

const request = (fields: Partial<PreviewRequest> = {}): PreviewRequest => ({
  type: 'pulse:preview',
  config: DRAFT,
  locale: 'en',
  ...fields,
});

/**
 * Another site, answered by Playwright itself. On loopback too: Chrome keeps public
 * origins from framing loopback ones (Private Network Access), which would hide what
 * is tested here.
 */
const ELSEWHERE = 'http://localhost:8099/';

const panel = (frame: Frame) => frame.locator('pulse-widget [role="dialog"]');
const visibleText = async (frame: Frame, selector: string) => {
  const node = panel(frame).locator(selector);
  return (await node.isVisible()) ? node.textContent() : null;
};

describe('the preview frame at /widget/v1/preview.html', () => {
  it('renders each step of an unsaved draft: the question, each category’s follow-up, each thank-you', async () => {
    const { page, frame, preview } = await openEditor(browser, api.url);
    expect(await preview(request())).toEqual({
      type: 'pulse:preview-rendered',
      locale: 'en',
      dir: 'ltr',
      step: 'score',
      category: 'promoter',
      theme: 'light',
    });
    expect(await panel(frame).locator('.question').textContent()).toBe(DRAFT.texts.en.question);
    expect(await panel(frame).locator('input:checked').count()).toBe(0);
    expect(await visibleText(frame, 'label.follow-up')).toBeNull();

    const followUps = {
      detractor: ['6', 'Sorry to hear it. What went wrong?'],
      // Not in the draft: the built-in text, as a visitor would see it.
      passive: ['8', EN.followUp.passive],
      promoter: ['10', 'What do you love?'],
    } as const;
    for (const [category, [score, text]] of Object.entries(followUps)) {
      const report = await preview(
        request({ step: 'followUp', category: category as keyof typeof followUps }),
      );
      expect(report).toMatchObject({ type: 'pulse:preview-rendered', step: 'followUp', category });
      expect(await panel(frame).locator('input:checked').getAttribute('value'), category).toBe(score);
      expect(await visibleText(frame, 'label.follow-up'), category).toBe(text);
      expect(await panel(frame).locator('textarea').isVisible()).toBe(true);
    }

    const thanks = {
      detractor: ['Thanks, we will fix it.', false],
      passive: ['Thanks for the nudge.', false],
      promoter: [EN.thankYou.promoter, true],
    } as const;
    for (const [category, [text, link]] of Object.entries(thanks)) {
      await preview(request({ step: 'thankYou', category: category as keyof typeof thanks }));
      expect(await visibleText(frame, '.thanks'), category).toBe(text);
      expect(await visibleText(frame, 'form'), 'the question is gone').toBeNull();
      expect(await panel(frame).locator('a.link').isVisible(), `${category} link`).toBe(link);
    }
    expect(await frame.locator('pulse-widget').count(), 'each render replaces the last').toBe(1);
    await page.context().close();
  });

  it('speaks any of the ten languages, Arabic right-to-left with the scale mirrored', async () => {
    const { page, frame, preview } = await openEditor(browser, api.url);
    expect(await preview(request({ locale: 'ar' }))).toMatchObject({ locale: 'ar', dir: 'rtl' });
    expect(await panel(frame).getAttribute('dir')).toBe('rtl');
    expect(await panel(frame).locator('.question').textContent()).toBe(DRAFT.texts.ar.question);
    const x = (n: number) =>
      panel(frame)
        .locator('.box')
        .nth(n)
        .evaluate((el) => el.getBoundingClientRect().x);
    expect(await x(0), 'score 0 sits right of score 1').toBeGreaterThan(await x(1));
    // Built-in Arabic for what the draft leaves out.
    await preview(request({ locale: 'ar', step: 'followUp', category: 'detractor' }));
    expect(await visibleText(frame, 'label.follow-up')).toBe(BUILT_IN.ar?.followUp.detractor);

    // A language the draft has no texts for: every string built in, the question included.
    expect(await preview(request({ locale: 'th-TH' }))).toMatchObject({ locale: 'th', dir: 'ltr' });
    expect(await panel(frame).locator('.question').textContent()).toBe(BUILT_IN.th?.question);
    await page.context().close();
  });

  it('is light or dark as asked, whatever the browser prefers', async () => {
    const background = (frame: Frame) => panel(frame).evaluate((el) => getComputedStyle(el).backgroundColor);
    const dark = await openEditor(browser, api.url, { colorScheme: 'dark' });
    await dark.preview(request({ theme: 'light' }));
    expect(await background(dark.frame)).toBe('rgb(255, 255, 255)');
    await dark.preview(request({ theme: 'dark' }));
    expect(await background(dark.frame)).toBe('rgb(24, 24, 27)');
    await dark.page.context().close();

    const light = await openEditor(browser, api.url, { colorScheme: 'light' });
    expect(await light.preview(request({ theme: 'dark' }))).toMatchObject({ theme: 'dark' });
    expect(await background(light.frame)).toBe('rgb(24, 24, 27)');
    expect(
      await panel(light.frame)
        .locator('.question')
        .evaluate((el) => getComputedStyle(el).color),
    ).toBe('rgb(250, 250, 250)');
    await light.page.context().close();
  });

  it('is a bottom sheet in a 375 px frame and a floating panel in a desktop-wide one', async () => {
    const phone = await openEditor(browser, api.url, { width: 375 });
    await phone.preview(request());
    const sheet = await panel(phone.frame).evaluate((el) => el.getBoundingClientRect().toJSON());
    expect(sheet).toMatchObject({ x: 0, width: 375 });
    expect(Math.round(sheet.bottom)).toBe(700);
    await phone.page.context().close();

    const desktop = await openEditor(browser, api.url, { width: 1280 });
    await desktop.preview(request());
    const box = await panel(desktop.frame).evaluate((el) => el.getBoundingClientRect().toJSON());
    expect(box.width).toBe(420);
    expect(box.x, 'bottom-left, as the draft says').toBe(20);
    await desktop.page.context().close();
  });

  it('posts no answer and opens no connection, even when someone answers inside the preview', async () => {
    const { page, frame, preview } = await openEditor(browser, api.url);
    const requests: string[] = [];
    page.on('request', (req) => requests.push(`${req.method()} ${new URL(req.url()).pathname}`));
    const cspErrors: string[] = [];
    page.on('console', (msg) => {
      if (msg.text().includes('Content Security Policy')) cspErrors.push(msg.text());
    });
    await preview(request({ step: 'thankYou', category: 'detractor' }));
    await preview(request());
    await panel(frame).locator('label.score').nth(9).click();
    await panel(frame).locator('textarea').fill('Typed into the preview');
    await panel(frame).locator('button.submit').click();
    await panel(frame).locator('.thanks').waitFor();
    expect(await visibleText(frame, '.thanks')).toBe(EN.thankYou.promoter);
    expect(requests, 'the preview fetched or sent something').toEqual([]);
    expect(cspErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps the editor’s focus while it re-renders on each keystroke', async () => {
    const { page, frame, preview } = await openEditor(browser, api.url);
    await page.focus('#editor');
    for (const text of ['T', 'Th', 'Tha']) {
      await page.keyboard.type(text.at(-1) ?? '');
      const draft = { ...DRAFT, texts: { en: { ...DRAFT.texts.en, thankYou: { promoter: text } } } };
      await preview(request({ config: draft, step: 'thankYou' }));
      expect(await visibleText(frame, '.thanks')).toBe(text);
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    expect(await page.inputValue('#editor')).toBe('Tha');
    await page.context().close();
  });

  it('reports a close inside the preview, and shows the widget again on the next request', async () => {
    const { page, frame, preview, reports } = await openEditor(browser, api.url);
    await preview(request());
    await panel(frame).locator('button.close').click();
    await expect.poll(async () => (await reports()).at(-1)).toEqual({ type: 'pulse:preview-closed' });
    expect(await frame.locator('pulse-widget').count()).toBe(0);
    await preview(request({ locale: 'fr' }));
    expect(await panel(frame).getAttribute('lang')).toBe('fr');
    await page.context().close();
  });

  it('says what is wrong with a request and keeps the last good one on screen', async () => {
    const { page, frame, preview } = await openEditor(browser, api.url);
    await preview(request());
    const refused = await preview(
      request({ config: { ...DRAFT, appearance: { brandColor: '#12' } }, step: 'thankYou' }),
    );
    expect(refused).toMatchObject({
      type: 'pulse:preview-error',
      error: {
        code: 'invalid_preview',
        details: [{ path: ['config', 'appearance', 'brandColor'], message: 'must be a colour like #4f46e5' }],
      },
    });
    expect(await panel(frame).locator('.question').isVisible()).toBe(true);
    const unknown = await preview({ ...request(), step: 'settings' } as unknown as PreviewRequest);
    expect(unknown).toMatchObject({ type: 'pulse:preview-error', error: { details: [{ path: ['step'] }] } });
    await page.context().close();
  });

  it('ignores messages from another origin, even from the window that opened the editor', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await routeEditor(context, api.url, 1280);
    await page.route(ELSEWHERE, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>Elsewhere</p>' }),
    );
    await page.goto(ELSEWHERE);
    // Framing the editor would not do (frame-ancestors covers every ancestor), but an
    // opener keeps a handle on the window it opened, and on that window's frames.
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate((url) => {
        (window as unknown as { editor: Window | null }).editor = window.open(url);
      }, editorUrl(api.url)),
    ]);
    const reportCount = () =>
      popup.evaluate(() => (window as unknown as { __reports: unknown[] }).__reports.length);
    await expect.poll(reportCount).toBe(1);
    const preview = popup.frames().find((f) => f.url().endsWith('/widget/v1/preview.html'));
    if (!preview) throw new Error('no preview frame');

    await page.evaluate(
      (message) => {
        (window as unknown as { editor: Window }).editor.frames[0]?.postMessage(message, '*');
      },
      request({ locale: 'ar' }),
    );
    // Then the editor posts: messages are handled in the order they were posted.
    await popup.evaluate(
      (message) => {
        (document.getElementById('preview') as HTMLIFrameElement).contentWindow?.postMessage(
          message,
          location.origin,
        );
      },
      request({ locale: 'de' }),
    );
    await expect.poll(reportCount).toBe(2);
    expect(await popup.evaluate(() => (window as unknown as { __reports: unknown[] }).__reports)).toEqual([
      { type: 'pulse:preview-ready' },
      expect.objectContaining({ type: 'pulse:preview-rendered', locale: 'de' }),
    ]);
    expect(await panel(preview).getAttribute('lang')).toBe('de');
    await context.close();
  });

  it('cannot be framed by another site, and serves a strict policy', async () => {
    const res = await fetch(`${api.url}/widget/v1/preview.html`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of ["connect-src 'none'", "frame-ancestors 'self'", "script-src 'self'"])
      expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('cache-control')).toBe('no-cache');

    // A real loopback server, so that frame-ancestors is what stops the frame.
    const site = createServer((_req, reply) => {
      reply.writeHead(200, { 'content-type': 'text/html' });
      reply.end(`<!doctype html><iframe src="${api.url}/widget/v1/preview.html"></iframe>`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const blocked = page.waitForEvent('requestfailed', (req) => req.url().endsWith('/preview.html'));
      await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
      expect((await blocked).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
    } finally {
      await context.close();
      site.closeAllConnections();
      await new Promise((resolve) => site.close(resolve));
    }
  });
});
