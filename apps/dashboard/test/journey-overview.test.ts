/**
 * The CX team's journey in Chromium on the seeded demo (setup in journey.ts).
 * The overview: every period and filter against the API, live answers, and every screen's fit.
 */
import type { Summary } from '@pulse/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRESETS, presetPeriod } from '../src/screens/overview/period.js';
import { signIn } from './browser.js';
import { format, overview, shell, signIn as signInText } from './english.js';
import {
  answer,
  api,
  apiGet,
  browser,
  demo,
  horizontalOverflow,
  open,
  setUpJourney,
  text,
  watchConsole,
} from './journey.js';

setUpJourney('journey_overview');

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
  await shows('total-value', format.count(summary.total));
  if (summary.interval) {
    await shows('nps-value', format.nps(summary.nps));
    await shows(
      'nps-interval',
      overview.tiles.interval({
        low: format.nps(summary.interval.low),
        high: format.nps(summary.interval.high),
        answers: shell.answers({ count: summary.total }),
      }),
    );
  }
  for (const c of ['promoter', 'passive', 'detractor'] as const)
    await shows(`count-${c}`, format.count(summary[`${c}s`]));
  await shows('change-verdict', overview.tiles.verdicts[summary.comparison.verdict]);
  await shows(
    'all-time',
    overview.tiles.allTime({
      answers: shell.answers({ count: summary.allTime.total }),
      nps: format.nps(summary.allTime.nps),
    }),
  );
  await shows(
    'previous',
    overview.tiles.previous({
      nps: format.nps(summary.comparison.previous.nps),
      answers: shell.answers({ count: summary.comparison.previous.total }),
    }),
  );
  return summary;
}

describe.each([1280, 375])('the overview at %i px', (width) => {
  it('shows the API numbers for every period, the previous period never overlapping', async () => {
    const page = await open(width);
    for (const preset of PRESETS) {
      await reloadBy(page, () =>
        page.getByRole('button', { name: overview.periods[preset], exact: true }).click(),
      );
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
    const select = page.getByTestId('filter-locale');
    const offered = (
      await select.locator('option').evaluateAll((els) => els.map((e) => e.getAttribute('value')))
    ).slice(1) as string[];
    expect(offered).toEqual(options.locales);
    expect(offered).toEqual(expect.arrayContaining(['pt', 'th', 'tl']));
    // Each language in words, in the interface's language.
    expect(await select.locator('option[value="th"]').textContent()).toBe(format.languageLabel('th'));
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
    await reloadBy(page, () => page.getByRole('button', { name: overview.filters.apply }).click());
    await expectTilesToMatch(page, { ...base, trait: 'plan=enterprise' });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('keeps the tiles equal to the API after a live answer', async () => {
    const page = await open(width);
    await reloadBy(page, () =>
      page.getByRole('button', { name: overview.periods['7d'], exact: true }).click(),
    );
    const before = await expectTilesToMatch(page, { last: 7, bucket: 'day' });
    await answer(9, `live at ${width}`);
    await page
      .getByTestId('total-value')
      .filter({ hasText: format.count(before.total + 1) })
      .waitFor();
    await expectTilesToMatch(page, { last: 7, bucket: 'day' });
    await page.context().close();
  });
});

describe('every screen fits', () => {
  it.each([375, 768, 1280])('at %i px: sign-in, overview, queue and the demo page', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    watchConsole(page);
    await page.goto(`${api.url}/dashboard/`);
    await page.getByLabel(signInText.email).waitFor();
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
