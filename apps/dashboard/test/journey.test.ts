/**
 * The CX team's journey in Chromium, on the seeded demo: sign in, read the headline
 * numbers and check each against the API, switch every period, apply every filter,
 * press every visible follow-up action in each state, at 375 and 1280 px. Any
 * console error fails the test that caused it.
 */
import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from '@pulse/api/testing';
import { FOLLOW_UP_TRANSITIONS, type FollowUp, type FollowUpState, type Summary } from '@pulse/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatCount, formatNps } from '../src/lib/format.js';
import { t } from '../src/lib/strings.js';
import { PRESETS, presetPeriod } from '../src/screens/overview/period.js';
import { launchChromium, signIn } from './browser.js';

let api: TestApi;
let browser: Browser;
let demo: NonNullable<TestApi['server']['demo']>;
let consoleErrors: string[] = [];

beforeAll(async () => {
  api = await startTestApi({ label: 'journey', env: { SEED_DEMO: 'true' } });
  demo = api.server.demo!;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});
afterEach(() => {
  expect(consoleErrors, 'console errors').toEqual([]);
  consoleErrors = [];
});

async function open(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await signIn(page, api.url, demo.member!.email, demo.member!.password);
  await page.getByTestId('nps-tile').waitFor();
  await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
  return page;
}

/** GET through the page's own session, as the dashboard does. */
const apiGet = <T>(page: Page, path: string) =>
  page.evaluate((p) => fetch(p).then((r) => r.json()), path) as Promise<T>;

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim();

/** Does what changes the view, and waits for the reload it causes (filter options come last). */
async function reloadBy(page: Page, action: () => Promise<unknown>) {
  await Promise.all([page.waitForResponse((r) => r.url().includes('/filter-options')), action()]);
}

/** Every headline figure on screen equals the API's answer for the same query. */
async function expectTilesToMatch(page: Page, query: Record<string, string | number>) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const summary = await apiGet<Summary>(page, `/v1/surveys/${demo.surveyId}/summary?${qs}`);
  const where = JSON.stringify(query);
  const shows = (testId: string, expected: string) =>
    expect
      .poll(() => text(page, testId), { message: `${testId} for ${where}`, timeout: 10_000 })
      .toBe(expected);
  await shows('total-value', formatCount(summary.total));
  if (summary.interval) {
    await shows('nps-value', formatNps(summary.nps));
    await shows(
      'nps-interval',
      t.tiles.interval(
        formatNps(summary.interval.low),
        formatNps(summary.interval.high),
        t.answers(summary.total),
      ),
    );
  }
  for (const c of ['promoter', 'passive', 'detractor'] as const)
    await shows(`count-${c}`, formatCount(summary[`${c}s`]));
  await shows('change-verdict', t.tiles.verdicts[summary.comparison.verdict]);
  await shows(
    'all-time',
    t.tiles.allTime(formatCount(summary.allTime.total), formatNps(summary.allTime.nps)),
  );
  await shows(
    'previous',
    t.tiles.previous(
      formatNps(summary.comparison.previous.nps),
      t.answers(summary.comparison.previous.total),
    ),
  );
  return summary;
}

describe.each([1280, 375])('the overview at %i px', (width) => {
  it('shows the API numbers for every period, the previous period never overlapping', async () => {
    const page = await open(width);
    for (const preset of PRESETS) {
      await reloadBy(page, () => page.getByRole('button', { name: t.periods[preset], exact: true }).click());
      const { last, bucket } = presetPeriod(preset);
      const summary = await expectTilesToMatch(page, { last: last!, bucket });
      // "7 days" draws 7 buckets, the last one filling now, and compares with the 7 before.
      expect(summary.trend).toHaveLength(last!);
      expect(summary.comparison.previous.to).toBe(summary.from);
      expect(await horizontalOverflow(page), preset).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });

  it('applies every filter, offering every language of the period', async () => {
    const page = await open(width);
    const base = { last: 30, bucket: 'day' };
    const summary = await expectTilesToMatch(page, base);
    const options = await apiGet<{ locales: string[] }>(
      page,
      `/v1/surveys/${demo.surveyId}/filter-options?from=${summary.from}&to=${summary.to}`,
    );
    const offered = (await page.getByTestId('filter-locale').locator('option').allTextContents()).slice(1);
    expect(offered).toEqual(options.locales);
    expect(offered).toEqual(expect.arrayContaining(['pt', 'th', 'tl']));
    for (const category of ['promoter', 'passive', 'detractor']) {
      await reloadBy(page, () => page.getByTestId('filter-category').selectOption(category));
      await expectTilesToMatch(page, { ...base, category });
    }
    await reloadBy(page, () => page.getByTestId('filter-category').selectOption(''));
    for (const locale of offered) {
      await reloadBy(page, () => page.getByTestId('filter-locale').selectOption(locale));
      await expectTilesToMatch(page, { ...base, locale });
    }
    await reloadBy(page, () => page.getByTestId('filter-locale').selectOption(''));
    await page.getByTestId('filter-trait').fill('plan=enterprise');
    await reloadBy(page, () => page.getByRole('button', { name: t.filters.apply }).click());
    await expectTilesToMatch(page, { ...base, trait: 'plan=enterprise' });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('keeps the tiles equal to the API after a live answer', async () => {
    const page = await open(width);
    await reloadBy(page, () => page.getByRole('button', { name: t.periods['7d'], exact: true }).click());
    const before = await expectTilesToMatch(page, { last: 7, bucket: 'day' });
    await answer(9, `live at ${width}`);
    await page
      .getByTestId('total-value')
      .filter({ hasText: formatCount(before.total + 1) })
      .waitFor();
    await expectTilesToMatch(page, { last: 7, bucket: 'day' });
    await page.context().close();
  });
});

async function answer(score: number, comment: string): Promise<string> {
  const res = await fetch(`${api.url}/v1/public/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      publicKey: demo.publicKey,
      surveyId: demo.surveyId,
      score,
      comment,
      locale: 'en',
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** A fresh detractor follow-up, moved through the API to `state`. */
async function followUpIn(state: FollowUpState, comment: string): Promise<string> {
  const id = await answer(2, comment);
  if (state === 'open') return id;
  const auth = { authorization: `Bearer ${demo.apiKey}`, 'content-type': 'application/json' };
  const current = (await fetch(`${api.url}/v1/followups/${id}`, { headers: auth }).then((r) =>
    r.json(),
  )) as FollowUp;
  const res = await fetch(`${api.url}/v1/followups/${id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ version: current.version, status: state }),
  });
  expect(res.status).toBe(200);
  return id;
}

async function openQueue(width: number, status = 'open'): Promise<Page> {
  const page = await open(width);
  await page.goto(`${api.url}/dashboard/#/queue`);
  await page.getByTestId('queue-status').waitFor();
  await page.getByTestId('queue-status').selectOption(status);
  return page;
}

describe.each([1280, 375])('the follow-up queue at %i px', (width) => {
  it('shows each state only its moves, the usual one first, and every one of them works', async () => {
    const page = await openQueue(width);
    for (const [state, moves] of Object.entries(FOLLOW_UP_TRANSITIONS) as [
      FollowUpState,
      typeof FOLLOW_UP_TRANSITIONS.open,
    ][]) {
      // One state at a time keeps the list short; a moved card stays while the pointer is on it.
      await page.getByTestId('queue-status').selectOption(state);
      for (const move of moves) {
        const comment = `${state} then ${move.action} at ${width} px`;
        const id = await followUpIn(state, comment);
        const card = page.locator(`[data-followup-id="${id}"]`);
        await card.waitFor();
        await card.and(page.locator(`[data-status="${state}"]`)).waitFor();
        const buttons = card.locator('footer button[data-testid^="action-"]');
        expect(
          await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))),
          state,
        ).toEqual(moves.map((m) => `action-${m.action}`));
        expect(await buttons.first().getAttribute('class'), state).toContain('primary');
        await card.getByTestId(`action-${move.action}`).click();
        await card.and(page.locator(`[data-status="${move.to}"]`)).waitFor();
        expect(await card.getByTestId('followup-notice').count(), comment).toBe(0);
        if (move.to === 'resolved' || move.to === 'dismissed') {
          expect(await card.getByTestId('closed-at').textContent()).toMatch(
            /^(Resolved|Dismissed) just now$/,
          );
          expect(await card.getByTestId('due').count()).toBe(0);
        }
      }
    }
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('assigns, unassigns and takes notes', async () => {
    const id = await followUpIn('open', `notes at ${width} px`);
    const page = await openQueue(width);
    const card = page.locator(`[data-followup-id="${id}"]`);
    await card.waitFor();
    await card.getByTestId('assign-me').click();
    await card.getByText(demo.member!.email).waitFor();
    await card.getByRole('button', { name: t.queue.unassign }).click();
    await card.getByText(t.queue.unassigned).waitFor();
    await card.getByPlaceholder(t.queue.notePlaceholder).fill('Called them back');
    await card.getByRole('button', { name: t.queue.addNote }).click();
    await card.getByText('Called them back').waitFor();
    await page.context().close();
  });
});

describe('acting on a card', () => {
  it('keeps the card under the pointer in place until the person moves on', async () => {
    for (let i = 0; i < 3; i++) await followUpIn('open', `stays put ${i}`);
    const page = await openQueue(1280, 'open');
    const first = page.getByTestId('followup').first();
    await first.waitFor();
    const id = await first.getAttribute('data-followup-id');
    const position = async () => {
      const box = await page.locator(`[data-followup-id="${id}"]`).boundingBox();
      return box && { x: box.x, y: box.y };
    };
    const box = await position();
    await first.getByTestId('assign-me').click();
    await first.getByText(demo.member!.email).waitFor();
    const same = page.locator(`[data-followup-id="${id}"]`);
    expect(await position()).toEqual(box);
    // Started: no longer "open", yet it stays where it was while the pointer is on it.
    await same.getByTestId('action-start').click();
    await same.and(page.locator('[data-status="in_progress"]')).waitFor();
    expect(await page.getByTestId('followup').first().getAttribute('data-followup-id')).toBe(id);
    expect(await position()).toEqual(box);
    // Moving on (pointer away, a click elsewhere) lets the queue put it where it belongs.
    await page.mouse.move(5, 5);
    await page.getByRole('heading', { name: t.queue.title }).click();
    await same.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('says why a change was refused and what to do', async () => {
    const id = await followUpIn('open', 'refusals');
    const page = await openQueue(1280, 'open');
    const card = page.locator(`[data-followup-id="${id}"]`);
    await card.waitFor();
    const cases: [number, object, string][] = [
      [500, { error: { code: 'internal_error', message: 'x' } }, t.queue.serverError],
      [
        409,
        {
          error: {
            code: 'invalid_transition',
            message: 'This follow-up is resolved, so it cannot become in progress.',
          },
        },
        t.queue.refused('This follow-up is resolved, so it cannot become in progress.'),
      ],
    ];
    for (const [status, body, notice] of cases) {
      await page.route(`**/v1/followups/${id}`, (route) =>
        route.request().method() === 'PATCH'
          ? route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) })
          : route.fallback(),
      );
      await card.getByTestId('action-start').click();
      await card.getByTestId('followup-notice').filter({ hasText: notice }).waitFor();
      await page.unroute(`**/v1/followups/${id}`);
    }
    await page.route(`**/v1/followups/${id}`, (route) =>
      route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.fallback(),
    );
    await card.getByTestId('action-start').click();
    await card.getByTestId('followup-notice').filter({ hasText: t.queue.offline }).waitFor();
    // The browser reports each refused request itself; those are this test's doing.
    consoleErrors = consoleErrors.filter((e) => !e.includes('Failed to load resource'));
    await page.context().close();
  });
});

describe('every screen fits', () => {
  it.each([375, 768, 1280])('at %i px: sign-in, overview, queue and the demo page', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(`${api.url}/dashboard/`);
    await page.getByLabel(t.signIn.email).waitFor();
    expect(await horizontalOverflow(page), 'sign-in').toBeLessThanOrEqual(0);
    await signIn(page, api.url, demo.member!.email, demo.member!.password);
    await page.getByTestId('nps-value').waitFor();
    expect(await horizontalOverflow(page), 'overview').toBeLessThanOrEqual(0);
    await page.goto(`${api.url}/dashboard/#/queue`);
    await page.getByTestId('followup').first().waitFor();
    expect(await horizontalOverflow(page), 'queue').toBeLessThanOrEqual(0);
    await page.goto(`${api.url}/demo?pulse_force=1`);
    await page.waitForFunction(() =>
      document.querySelector('pulse-widget')?.shadowRoot?.querySelector('button'),
    );
    expect(await horizontalOverflow(page), 'demo page').toBeLessThanOrEqual(0);
    const favicon = await page.evaluate(() =>
      fetch('/favicon.ico').then((r) => [r.status, r.headers.get('content-type')]),
    );
    expect(favicon).toEqual([200, expect.stringContaining('image/svg+xml')]);
    await context.close();
  });
});
