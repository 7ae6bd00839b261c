/**
 * The dashboard in the member's language, in Chromium on the seeded demo (setup in journey.ts):
 * the picker, Arabic right to left with its own numbers and dates, the choice kept on the
 * member (a reload, another browser), and every screen fitting in English and Arabic.
 */
import type { FollowUp } from '@pulse/shared';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type Route } from '../src/lib/router.svelte.js';
import * as ar from './arabic.js';
import { signIn } from './browser.js';
import * as en from './english.js';
import {
  api,
  apiGet,
  browser,
  demo,
  horizontalOverflow,
  setUpJourney,
  text,
  watchConsole,
} from './journey.js';

setUpJourney('journey_language');

// Integrations shows a webhook, as a team that has one sees it.
beforeAll(async () => {
  const res = await fetch(`${api.url}/v1/webhooks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${demo.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      url: 'https://hooks.example.com/pulse',
      events: ['followup.created'],
      filter: { minPriority: 'high' },
    }),
  });
  expect(res.status).toBe(201);
});

const PASSWORD = 'correct horse battery staple';

/** A member of the demo project of its own, so its language choice touches no other test. */
async function member(role: 'owner' | 'agent', label: string): Promise<string> {
  const email = `${label}@language.test`;
  await api.server.services.members.addMember({ projectId: demo.projectId, email, role, password: PASSWORD });
  return email;
}

/** A fresh browser (nothing stored) whose languages are `locale`, signed in as `email`. */
async function browse(email: string, { width = 1280, locale = 'en-US' } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
  const page = await context.newPage();
  watchConsole(page);
  await signIn(page, api.url, email, PASSWORD);
  return page;
}

const direction = (page: Page) =>
  page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));

/** An answer the way the widget sends it. */
async function answer(score: number, comment: string, locale: string): Promise<string> {
  const res = await fetch(`${api.url}/v1/public/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ publicKey: demo.publicKey, surveyId: demo.surveyId, score, comment, locale }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe('the language picker', () => {
  it('switches to Arabic: mirrored, in Arabic words, Arabic numbers and dates; kept after a reload and in another browser', async () => {
    const email = await member('agent', 'picker');
    const page = await browse(email);
    await page.getByTestId('nps-value').waitFor();
    expect(await direction(page)).toEqual({ dir: 'ltr', lang: 'en' });

    await page.getByTestId('language').selectOption('ar');
    await page.locator('html[dir=rtl][lang=ar]').waitFor();
    const nav = page.getByTestId('main-nav');
    await nav.getByText(ar.shell.nav.overview).waitFor();
    expect(await page.getByTestId('change-tile').locator('h2').textContent()).toBe(ar.overview.tiles.change);
    expect(await page.getByTestId('nav-settings').textContent()).toBe(ar.shell.nav.settings);

    // Figures as Arabic writes them, by the browser's own Intl.
    const summary = await apiGet<{ total: number; nps: number }>(
      page,
      `/v1/surveys/${demo.surveyId}/summary?last=30&bucket=day`,
    );
    const arabic = await page.evaluate(
      ({ total, nps }) => ({
        total: new Intl.NumberFormat('ar', { maximumFractionDigits: 0 }).format(total),
        nps: new Intl.NumberFormat('ar', { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(
          Math.round(nps),
        ),
        now: new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(0, 'second'),
        thai: new Intl.DisplayNames(['ar'], { type: 'language' }).of('th'),
      }),
      summary,
    );
    await expect.poll(() => text(page, 'total-value')).toBe(arabic.total);
    expect(await text(page, 'nps-value')).toBe(arabic.nps);

    // A new answer arrives live: its time and its language in Arabic, its Thai text left as written.
    await answer(3, 'ระบบช้ามากและล่มบ่อย', 'th');
    const item = page.locator('[data-testid=feed] li', { hasText: 'ระบบช้ามากและล่มบ่อย' });
    await item.waitFor();
    expect(await item.locator('time').textContent()).toBe(arabic.now);
    const stamp = await item.locator('time').evaluate((el) => ({
      title: el.getAttribute('title'),
      expected: new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(el.getAttribute('datetime')!),
      ),
    }));
    expect(stamp.title).toBe(stamp.expected);
    expect(await item.getByTestId('comment-language').textContent()).toBe(arabic.thai);
    expect(await item.locator('.comment').getAttribute('lang')).toBe('th');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Stored on the member, so a reload and another browser speak it too.
    expect((await apiGet<{ member: { locale: string } }>(page, '/v1/session')).member.locale).toBe('ar');
    await page.reload();
    await page.getByTestId('nps-value').waitFor();
    expect(await direction(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    await nav.getByText(ar.shell.nav.queue).waitFor();
    await page.context().close();

    const elsewhere = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'en-US' });
    const other = await elsewhere.newPage();
    watchConsole(other);
    await other.goto(`${api.url}/dashboard/`);
    // Signed out, this browser knows nobody: it speaks its own language.
    await other.getByRole('heading', { name: en.signIn.title }).waitFor();
    expect(await direction(other)).toEqual({ dir: 'ltr', lang: 'en' });
    await signIn(other, api.url, email, PASSWORD);
    await other.locator('html[dir=rtl][lang=ar]').waitFor();
    await other.getByTestId('main-nav').getByText(ar.shell.nav.overview).waitFor();
    await other.getByTestId('nps-value').waitFor();
    await elsewhere.close();
  });

  it('starts in the browser’s language for a member who never chose, and keeps it off the member', async () => {
    const email = await member('agent', 'browser-default');
    const page = await browse(email, { locale: 'de-DE' });
    await page.locator('html[lang=de][dir=ltr]').waitFor();
    await page.getByTestId('nps-value').waitFor();
    expect(
      (await apiGet<{ member: { locale: string | null } }>(page, '/v1/session')).member.locale,
    ).toBeNull();
    await page.context().close();
  });
});

/** What each route's screen shows once it has its data (a new route must name one). */
const MARKERS: Record<Route, string> = {
  overview: 'nps-value',
  queue: 'followup',
  responses: 'response-row',
  surveys: 'survey-list',
  team: 'member',
  keys: 'api-key',
  integrations: 'webhook',
  audit: 'audit-entry',
};

/** How many rows the main tabs take, and whether the current one is wholly on screen (they scroll sideways on a phone). */
function tabs(page: Page): Promise<{ rows: number; currentInView: boolean }> {
  return page.getByTestId('main-nav').evaluate((nav) => {
    const links = [...nav.querySelectorAll('a')];
    const current = nav.querySelector('[aria-current="page"]')?.getBoundingClientRect();
    return {
      rows: new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size,
      currentInView: current !== undefined && current.left >= 0 && current.right <= window.innerWidth,
    };
  });
}

/** Waits until the route's screen shows what it is about. */
async function shown(page: Page, route: Route) {
  const marker = MARKERS[route];
  await page.getByTestId(marker).first().waitFor();
  // The chart draws last (its library comes after the screen): it must fit too.
  if (route === 'overview') await page.locator('[data-testid=trend] canvas').first().waitFor();
}

// Every language on a phone, where long words run out of room first; English and Arabic (either
// direction) on a desktop too.
const SCREEN_LANGUAGES = ['en', 'ar', 'es', 'de', 'fr', 'pt', 'tl', 'th', 'lt', 'ru'];

describe.each(SCREEN_LANGUAGES)('every screen in %s', (language) => {
  it.each(language === 'en' || language === 'ar' ? [375, 1280] : [375])(
    'fits at %i px without scrolling sideways',
    async (width) => {
      const email = await member('owner', `screens-${language}-${width}`);
      // A change for the audit log to show (adding members directly, as above, is not one).
      const key = await fetch(`${api.url}/v1/api-keys`, {
        method: 'POST',
        headers: { authorization: `Bearer ${demo.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Screens ${language} ${width}` }),
      });
      expect(key.status).toBe(201);
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: language });
      const page = await context.newPage();
      watchConsole(page);
      await page.goto(`${api.url}/dashboard/`);
      await page.locator('input[name=email]').waitFor();
      expect(await direction(page)).toEqual({ dir: language === 'ar' ? 'rtl' : 'ltr', lang: language });
      expect(await horizontalOverflow(page), 'sign-in').toBeLessThanOrEqual(0);
      await signIn(page, api.url, email, PASSWORD);
      for (const route of Object.keys(ROUTES) as Route[]) {
        await page.goto(`${api.url}/dashboard/${ROUTES[route].hash}`);
        await shown(page, route);
        expect(await horizontalOverflow(page), route).toBeLessThanOrEqual(0);
        expect(await tabs(page), route).toEqual({ rows: 1, currentInView: true });
      }
      expect(await direction(page)).toEqual({ dir: language === 'ar' ? 'rtl' : 'ltr', lang: language });
      await context.close();
    },
  );
});

describe('the settings area', () => {
  it('offers an agent only the sections it may open, and says so for the others', async () => {
    const email = await member('agent', 'settings');
    const page = await browse(email);
    await page.getByTestId('nav-settings').click();
    const sections = page.getByTestId('settings-nav').locator('a');
    await page.getByTestId('survey-list').waitFor();
    expect(await sections.allTextContents()).toEqual([
      en.shell.settings.surveys,
      en.shell.settings.integrations,
    ]);
    await page.goto(`${api.url}/dashboard/${ROUTES.keys.hash}`);
    expect(await page.getByTestId('owners-only').textContent()).toBe(en.shell.settings.ownersOnly);
    await page.context().close();
  });
});

describe('why a follow-up was flagged', () => {
  it('shows the words behind each flag, and a correction is saved and told in the history, in the member’s language', async () => {
    const email = await member('agent', 'evidence');
    const id = await answer(1, 'I will cancel my account, you charged me twice this month', 'en');
    const auth = { authorization: `Bearer ${demo.apiKey}` };
    const before = (await fetch(`${api.url}/v1/followups/${id}`, { headers: auth }).then((r) =>
      r.json(),
    )) as FollowUp;
    const evidence = before.response.classification!.evidence!;
    expect(before, 'the classifier flags churn and billing here').toMatchObject({
      churnRisk: true,
      themes: expect.arrayContaining(['billing']),
    });
    expect(evidence.churn?.length).toBeGreaterThan(0);

    const page = await browse(email);
    await page.goto(`${api.url}/dashboard/#/queue`);
    const card = page.locator(`[data-followup-id="${id}"]`);
    await card.waitFor();
    const shownEvidence = card.getByTestId('evidence');
    expect(await shownEvidence.locator('.title').textContent()).toBe(en.queue.evidence.title);
    const churnWords = await shownEvidence.locator('[data-flag=churn] dd').textContent();
    for (const word of evidence.churn!)
      expect(churnWords).toContain(en.queue.evidence.quote({ words: word }));
    for (const theme of before.themes)
      expect(await shownEvidence.locator(`[data-flag=${theme}] dt`).textContent()).toBe(
        en.shell.themes[theme],
      );

    // The agent says: no churn here, and it is about support.
    await card.getByTestId('correct').click();
    await card.getByTestId('correct-churn').uncheck();
    await card.getByTestId('correction').getByLabel(en.shell.themes.support).check();
    await card.getByTestId('save-correction').click();
    await card.getByTestId('theme-badge').filter({ hasText: en.shell.themes.support }).waitFor();
    await card.getByTestId('churn-badge').waitFor({ state: 'detached' });
    expect(await shownEvidence.locator('[data-flag=churn]').count()).toBe(0);
    // Support has no words from the classifier: the card says who added it.
    expect(await shownEvidence.locator('[data-flag=support] [data-testid=added-by]').textContent()).toBe(
      en.queue.evidence.addedBy({ who: email }),
    );

    const after = (await fetch(`${api.url}/v1/followups/${id}`, { headers: auth }).then((r) =>
      r.json(),
    )) as FollowUp;
    expect(after).toMatchObject({ churnRisk: false, themes: expect.arrayContaining(['support']) });
    const change = after.history.at(-1)!;
    expect(change).toMatchObject({ actor: email, change: { type: 'classification' } });

    const history = card.getByTestId('history');
    await history.locator('summary').click();
    const entry = history.locator('[data-change=classification]');
    expect(await entry.textContent()).toContain(en.queue.history.churnOff);
    expect(await entry.textContent()).toContain(email);

    // The same card in Arabic.
    await page.getByTestId('language').selectOption('ar');
    await page.locator('html[dir=rtl]').waitFor();
    await card.getByTestId('theme-badge').filter({ hasText: ar.shell.themes.support }).waitFor();
    expect(await history.locator('[data-change=classification]').textContent()).toContain(
      ar.queue.history.churnOff,
    );
    // Billing is still flagged, so its words still explain it, now under an Arabic heading.
    expect(await shownEvidence.locator('.title').textContent()).toBe(ar.queue.evidence.title);
    expect(await shownEvidence.locator('[data-flag=billing] dt').textContent()).toBe(ar.shell.themes.billing);
    expect(await shownEvidence.locator('[data-flag=support] [data-testid=added-by]').textContent()).toBe(
      ar.queue.evidence.addedBy({ who: email }),
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('the top bar on a phone', () => {
  it('keeps its four controls on one row in every language', async () => {
    const email = await member('agent', 'top-bar');
    const page = await browse(email, { width: 375 });
    const picker = page.getByTestId('language');
    const languages = await picker
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(languages.length).toBeGreaterThanOrEqual(10);
    for (const language of languages) {
      await picker.selectOption(language);
      await page.locator(`html[lang=${language}]`).waitFor();
      const middles = await page.evaluate(() =>
        ['.conn', '[data-testid=language]', 'header .icon', 'header .sign-out'].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return (box.top + box.bottom) / 2;
        }),
      );
      expect(Math.max(...middles) - Math.min(...middles), `${language}: ${middles.join(', ')}`).toBeLessThan(
        8,
      );
      expect(await horizontalOverflow(page), language).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });
});
