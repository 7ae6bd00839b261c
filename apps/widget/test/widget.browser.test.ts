import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startTestApi, type TestApi } from '@pulse/api/testing';
import type { ResponsePage } from '@pulse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerWithKeyboard,
  type Browser,
  cspViolations,
  focusedInWidget,
  launchChromium,
  type Page,
  panel,
  pendingAnswers,
  readyVerdict,
  tabTo,
} from './browser.js';
import { type HostServer, type HostVariant, startHostServer } from './host-server.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let api: TestApi;
let host: HostServer;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi({ label: 'widget_browser' });
  host = await startHostServer(api.url);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await api?.close();
});

/** A project allowing the host origin, with an active survey, for one test. */
async function surveyFor(overrides: Parameters<TestApi['createSurvey']>[1] = {}) {
  const project = await api.createProject({ origins: [host.origin] });
  const survey = await api.createSurvey(project.apiKey, overrides);
  return { ...project, surveyId: survey.id };
}

async function openPage(variant: HostVariant, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(host.url(variant));
  return page;
}

async function responses(apiKey: string, surveyId: string): Promise<ResponsePage['items']> {
  const res = await fetch(`${api.url}/v1/responses?surveyId=${surveyId}`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  expect(res.status, 'listing responses').toBe(200);
  return ((await res.json()) as ResponsePage).items;
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which a strict CSP does not block (a <script> tag would be).
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const target = document.querySelector('pulse-widget');
    if (!target) throw new Error('no widget on the page');
    const result = await axe.run(target);
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

describe('widget in Chromium', () => {
  it('is answered with the keyboard alone under a strict CSP and hostile CSS, storing one document', async () => {
    const { publicKey, apiKey, surveyId } = await surveyFor();
    const page = await openPage({ publicKey, csp: true, hostile: true });
    await panel(page).waitFor();

    const hostFontSize = await page.evaluate(
      () => getComputedStyle(document.getElementById('para') as Element).fontSize,
    );
    expect(await focusedInWidget(page), 'the widget must not take focus when it appears').toBeNull();
    const box = panel(page).locator('.box').first();
    expect(await box.isVisible(), 'host CSS hid the score buttons').toBe(true);
    expect(await box.evaluate((el) => getComputedStyle(el).display)).toBe('grid');

    await answerWithKeyboard(page, '9', 'Fast and clear reports');
    expect(await panel(page).locator('.thanks').textContent()).toBe(
      'Thank you! Would you leave us a review?',
    );
    expect(await panel(page).locator('a.link').getAttribute('href')).toBe('https://example.com/review');

    await expect.poll(() => api.countResponses(surveyId), { timeout: 15_000 }).toBe(1);
    const [stored] = await responses(apiKey, surveyId);
    expect(stored).toMatchObject({
      score: 9,
      comment: 'Fast and clear reports',
      locale: 'en',
      category: 'promoter',
    });
    expect(await cspViolations(page), 'CSP violations').toEqual([]);
    expect(
      await page.evaluate(() => getComputedStyle(document.getElementById('para') as Element).fontSize),
    ).toBe(hostFontSize);
    await page.context().close();
  });

  it('stays out of the page layout and focus: fixed, zero-height host, focus left where it was', async () => {
    const { publicKey } = await surveyFor();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(host.url({ publicKey }));
    await page.focus('#host-input');
    await panel(page).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('host-input');
    expect(await panel(page).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(
      await page.evaluate(() => document.querySelector('pulse-widget')?.getBoundingClientRect().height),
    ).toBe(0);
    expect(await page.locator('pulse-widget [aria-live="polite"]').count()).toBe(1);
    expect(await panel(page).getAttribute('aria-modal')).toBe('false');
    await context.close();
  });

  it('passes axe with no violations on the question, the follow-up and the thank-you', async () => {
    const { publicKey } = await surveyFor();
    const page = await openPage({ publicKey });
    await panel(page).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await panel(page).locator('label.score').nth(3).click();
    await panel(page).locator('textarea').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await panel(page).locator('button.submit').click();
    await panel(page).locator('.thanks').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('speaks Arabic right-to-left with a mirrored scale, and sends the locale with the answer', async () => {
    const { publicKey, apiKey, surveyId } = await surveyFor();
    const page = await openPage({ publicKey, locale: 'ar', rtl: true, csp: true });
    await panel(page).waitFor();
    expect(await panel(page).getAttribute('dir')).toBe('rtl');
    expect(await panel(page).locator('.question').textContent()).toBe(
      'ما مدى احتمال أن توصي بنا لصديق أو زميل؟',
    );
    const x = (n: number) =>
      panel(page)
        .locator('.box')
        .nth(n)
        .evaluate((el) => el.getBoundingClientRect().x);
    expect(await x(0), 'score 0 sits right of score 1 in RTL').toBeGreaterThan(await x(1));
    expect(await axeViolations(page)).toEqual([]);

    await answerWithKeyboard(page, '3', 'بطيء');
    await expect.poll(() => api.countResponses(surveyId), { timeout: 15_000 }).toBe(1);
    const [stored] = await responses(apiKey, surveyId);
    expect(stored).toMatchObject({ score: 3, locale: 'ar', category: 'detractor' });
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('replays calls queued on the stub: identify picks the respondent and the language', async () => {
    const { publicKey, apiKey, surveyId } = await surveyFor();
    const page = await openPage({
      publicKey,
      identify: { id: 'user-77', traits: { locale: 'de', plan: 'pro' } },
    });
    await panel(page).waitFor();
    expect(await panel(page).locator('.question').textContent()).toBe(
      'Wie wahrscheinlich ist es, dass Sie uns Freunden oder Kollegen weiterempfehlen?',
    );
    await answerWithKeyboard(page, '7', '');
    await expect.poll(() => api.countResponses(surveyId), { timeout: 15_000 }).toBe(1);
    const [stored] = await responses(apiKey, surveyId);
    expect(stored).toMatchObject({
      score: 7,
      locale: 'de',
      respondent: { id: 'user-77', traits: { plan: 'pro' } },
    });
    await page.context().close();
  });

  it("fetches the survey for the languages it will speak, identify's locale on the stub included", async () => {
    const { publicKey, apiKey, surveyId: english } = await surveyFor();
    const arabic = await api.createSurvey(apiKey, {
      name: 'Arabic',
      defaultLocale: 'ar',
      texts: { ar: { question: 'ما رأيك في خدمتنا؟' } },
    });
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const configUrls: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('/survey')) configUrls.push(new URL(req.url()).search);
    });
    await page.goto(host.url({ publicKey, identify: { id: 'user-9', traits: { locale: 'ar-EG' } } }));
    await panel(page).waitFor();
    expect(configUrls).toEqual(['?lang=ar,en']);
    expect(await panel(page).locator('.question').textContent()).toBe('ما رأيك في خدمتنا؟');
    const shown = await page.evaluate(() =>
      (window as unknown as { __events: { name: string; detail: { surveyId: string } }[] }).__events.find(
        (e) => e.name === 'show',
      ),
    );
    expect(shown?.detail.surveyId).toBe(arabic.id);
    expect(shown?.detail.surveyId).not.toBe(english);
    await context.close();
  });

  it('delivers exactly one document when answered offline and the browser comes back online', async () => {
    const { publicKey, surveyId } = await surveyFor();
    const page = await openPage({ publicKey });
    await panel(page).waitFor();
    await page.context().setOffline(true);
    await answerWithKeyboard(page, '8', 'Answered on a train');
    expect(await pendingAnswers(page, publicKey)).toBe(1);

    await page.context().setOffline(false);
    await page.waitForFunction((key) => localStorage.getItem(`pulse:v1:${key}:queue`) === '[]', publicKey);
    expect(await api.countResponses(surveyId)).toBe(1);
    await page.reload();
    await readyVerdict(page);
    expect(await api.countResponses(surveyId)).toBe(1);
    await page.context().close();
  });

  it('delivers an answer left unsent by a reload once, even though the beacon and the reload both send it', async () => {
    const { publicKey, surveyId } = await surveyFor();
    const page = await openPage({ publicKey });
    await panel(page).waitFor();
    // The API is unreachable for answers while the person answers.
    await page.route('**/v1/public/responses', (route) => route.abort('connectionfailed'));
    await answerWithKeyboard(page, '10', 'Unsent when I left');
    expect(await pendingAnswers(page, publicKey)).toBe(1);

    await page.unroute('**/v1/public/responses');
    // Count what the page hands to sendBeacon on its way out (kept in sessionStorage across the reload).
    await page.evaluate(() => {
      const send = navigator.sendBeacon.bind(navigator);
      navigator.sendBeacon = (url, data) => {
        const taken = send(url, data);
        if (taken)
          sessionStorage.setItem('beacons', String(Number(sessionStorage.getItem('beacons') ?? 0) + 1));
        return taken;
      };
    });
    await page.reload();
    await page.waitForFunction((key) => localStorage.getItem(`pulse:v1:${key}:queue`) === '[]', publicKey);
    expect(await page.evaluate(() => sessionStorage.getItem('beacons')), 'the answer went by beacon').toBe(
      '1',
    );
    await expect.poll(() => api.countResponses(surveyId), { timeout: 15_000 }).toBe(1);
    await page.context().close();
  });

  it('keeps a dismissed survey away across reloads, and shows it again with ?pulse_force=1', async () => {
    const { publicKey } = await surveyFor();
    const variant = { publicKey, csp: true };
    const page = await openPage(variant);
    await panel(page).waitFor();
    await tabTo(page, 'pulse-score');
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() =>
        (window as unknown as { __events: { name: string }[] }).__events.map((e) => e.name),
      ),
    ).toContain('dismiss');

    await page.reload();
    expect(await readyVerdict(page)).toEqual({ show: false, reason: 'dismissed_recently' });
    expect(await page.locator('pulse-widget').count()).toBe(0);

    await page.goto(`${host.url(variant)}&pulse_force=1`);
    await panel(page).waitFor();
    await page.context().close();
  });

  it('keeps an answered survey away across reloads', async () => {
    const { publicKey } = await surveyFor();
    const page = await openPage({ publicKey });
    await panel(page).waitFor();
    await answerWithKeyboard(page, '5', '');
    await page.reload();
    expect(await readyVerdict(page)).toEqual({ show: false, reason: 'answered_recently' });
    await page.context().close();
  });

  it('is a bottom sheet with touch-sized targets on a 375 px phone', async () => {
    const { publicKey } = await surveyFor();
    const page = await openPage({ publicKey, hostile: true }, { width: 375, height: 740 });
    await panel(page).waitFor();
    const sheet = await panel(page).boundingBox();
    expect(sheet).toMatchObject({ x: 0, width: 375 });
    expect(Math.round((sheet?.y ?? 0) + (sheet?.height ?? 0))).toBe(740);
    const sizes = await panel(page)
      .locator('.box, .close')
      .evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
      );
    expect(sizes).toHaveLength(12);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(44);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow, 'the sheet made the page scroll sideways').toBe(false);
    await page.context().close();
  });
});
