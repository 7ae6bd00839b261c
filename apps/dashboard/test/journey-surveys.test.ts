/**
 * The surveys section in Chromium on the seeded demo (setup in journey.ts): an owner
 * writes a Thai survey and an Arabic one, previews both in the real widget, publishes
 * them, and an Arabic browser then meets the Arabic survey on the demo page. An agent
 * sees surveys read-only, and the API refuses a write sent anyway.
 */
import type { Survey } from '@pulse/shared/contracts';
import { BUILT_IN } from '@pulse/widget/strings';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/lib/i18n/messages.js';
import { hrefOf } from '../src/lib/router.svelte.js';
import surveysTable from '../src/screens/settings/surveys/messages/en.js';
import { signIn } from './browser.js';
import { format } from './english.js';
import {
  api,
  browser,
  demo,
  forgiveConsoleErrors,
  horizontalOverflow,
  setUpJourney,
  watchConsole,
} from './journey.js';

setUpJourney('journey_surveys');

/** The section's English, as the browser shows it. */
const t = compile<typeof surveysTable>(surveysTable, 'en');

const PASSWORD = 'correct horse battery staple';
const THAI = { name: 'Thai NPS', question: 'คุณจะแนะนำ Acme ให้เพื่อนมากน้อยแค่ไหน' };
const ARABIC = {
  name: 'Arabic NPS',
  question: 'ما مدى احتمال أن توصي بـ Acme لصديق؟',
  followUp: 'نأسف لذلك. ما الذي حدث؟',
};

async function member(role: 'owner' | 'agent', label: string): Promise<string> {
  const email = `${label}@surveys.test`;
  await api.server.services.members.addMember({ projectId: demo.projectId, email, role, password: PASSWORD });
  return email;
}

async function browse(email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  watchConsole(page);
  await signIn(page, api.url, email, PASSWORD);
  return page;
}

const preview = (page: Page) => page.frameLocator('[data-testid=preview-frame]');
/** Waits until the preview frame reports it shows this language, direction, step… */
const rendered = (page: Page, what: string) =>
  page.locator(`[data-testid=preview-frame][data-rendered^="${what}"]`).waitFor();

/** Writes a new survey in one language (the editor starts in the dashboard's, English here). */
async function writeSurvey(page: Page, language: string, name: string, question: string): Promise<string> {
  await page.goto(`${api.url}/dashboard/${hrefOf('surveys')}`);
  await page.getByTestId('create-survey').click();
  await page.getByTestId('survey-editor').waitFor();
  await page.getByTestId('survey-name').fill(name);
  await page.getByTestId('add-language').selectOption(language);
  await page.locator(`[data-testid=texts][data-language=${language}]`).waitFor();
  // Empty, each field shows the widget's own text in this language.
  const field = page.locator('[data-testid=texts] [data-field=question]');
  expect(await field.getAttribute('placeholder')).toBe(BUILT_IN[language]!.question);
  await field.fill(question);
  await page.locator(`[data-testid=language-tabs] [data-language=${language}]`).waitFor();
  expect(
    await page.locator(`[data-testid=language-tabs] [data-language=${language}]`).getAttribute('data-mark'),
  ).toBe('builtIn');
  // English was only the starting point: remove it, leaving this language the default.
  await page.locator('[data-testid=language-tabs] [data-language=en]').click();
  await page.getByTestId('remove-language').click();
  expect(await page.getByTestId('default-language').inputValue()).toBe(language);
  return page.url();
}

async function saveAndPublish(page: Page): Promise<string> {
  await page.getByTestId('save').click();
  await page.waitForURL(/#\/settings\/surveys\/[0-9a-f]{24}$/);
  await page.getByTestId('saved').waitFor();
  await page.getByTestId('publish').click();
  await page.locator('[data-testid=survey-status][data-status=active]').waitFor();
  return /([0-9a-f]{24})$/.exec(page.url())![1]!;
}

describe('an owner writes surveys in Thai and Arabic', () => {
  it('previews each in the real widget, publishes them, and an Arabic browser gets the Arabic one', async () => {
    const page = await browse(await member('owner', 'writer'));

    await writeSurvey(page, 'th', THAI.name, THAI.question);
    await rendered(page, 'th ltr score');
    expect(await preview(page).locator('[role=dialog] .question').textContent()).toBe(THAI.question);
    const thai = await saveAndPublish(page);

    await writeSurvey(page, 'ar', ARABIC.name, ARABIC.question);
    await rendered(page, 'ar rtl score');
    const dialog = preview(page).locator('[role=dialog]');
    expect(await dialog.getAttribute('dir')).toBe('rtl');
    expect(await dialog.getAttribute('lang')).toBe('ar');
    expect(await dialog.locator('.question').textContent()).toBe(ARABIC.question);
    // Unsaved edits show at once: a follow-up for detractors, focused, shows its step.
    await page.locator('[data-testid=texts] [data-field="followUp.detractor"]').fill(ARABIC.followUp);
    await rendered(page, 'ar rtl followUp detractor');
    expect(await dialog.textContent()).toContain(ARABIC.followUp);
    // Dark, on a phone, at the thank-you.
    await page.getByTestId('preview-theme-dark').click();
    await page.getByTestId('preview-device-phone').click();
    await page.getByTestId('preview-step').selectOption('thankYou');
    await rendered(page, 'ar rtl thankYou detractor dark');
    expect(await page.getByTestId('preview-frame').getAttribute('width')).toBe('375');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const arabic = await saveAndPublish(page);

    // The list shows both, live, with their languages.
    await page.getByRole('link', { name: t.editor.back }).click();
    for (const [id, language] of [
      [thai, 'th'],
      [arabic, 'ar'],
    ] as const) {
      const row = page.locator(`[data-survey-id="${id}"]`);
      expect(await row.getByTestId('survey-status').getAttribute('data-status')).toBe('active');
      expect(await row.getByTestId('survey-languages').textContent()).toBe(format.languageLabel(language));
    }
    // Each survey's results are a link away, and the address keeps which survey they are.
    await page.locator(`[data-survey-id="${arabic}"]`).getByTestId('survey-results').click();
    await page.getByTestId('survey-select').waitFor();
    await expect.poll(() => page.getByTestId('survey-select').inputValue()).toBe(arabic);
    await page.getByTestId('survey-select').selectOption(thai);
    await page.reload();
    await expect.poll(() => page.getByTestId('survey-select').inputValue()).toBe(thai);
    expect(new URL(page.url()).hash).toBe(hrefOf('overview', [], { survey: thai }));
    await page.context().close();

    // A visitor whose browser speaks Arabic, on the demo page the API serves.
    const visitor = await browser.newContext({ locale: 'ar' });
    const site = await visitor.newPage();
    await site.goto(`${api.url}/demo`);
    const panel = site.locator('pulse-widget [role="dialog"]');
    await panel.waitFor();
    expect(await panel.getAttribute('dir')).toBe('rtl');
    expect(await panel.locator('.question').textContent()).toBe(ARABIC.question);
    const shown = await site.locator('#events li', { hasText: 'show' }).first().textContent();
    expect(shown).toContain(arabic);
    await visitor.close();
  });
});

describe('an agent', () => {
  it('sees surveys without edit controls, and the API answers 403 to a direct write', async () => {
    const page = await browse(await member('agent', 'reader'));
    await page.goto(`${api.url}/dashboard/${hrefOf('surveys')}`);
    await page.getByTestId('survey-list').waitFor();
    expect(await page.getByTestId('read-only').textContent()).toBe(t.readOnly);
    for (const control of ['create-survey', 'pause', 'publish', 'duplicate'])
      expect(await page.getByTestId(control).count(), control).toBe(0);

    await page.goto(`${api.url}/dashboard/${hrefOf('surveys', [demo.surveyId])}`);
    await page.getByTestId('survey-editor').waitFor();
    expect(await page.getByTestId('save').count()).toBe(0);
    expect(await page.getByTestId('survey-name').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid=texts] [data-field=question]').isDisabled()).toBe(true);
    for (const control of ['add-language', 'remove-language', 'publish', 'pause'])
      expect(await page.getByTestId(control).count(), control).toBe(0);
    // Reading every language stays possible.
    await page.locator('[data-testid=language-tabs] [data-language=es]').click();
    await page.locator('[data-testid=texts][data-language=es]').waitFor();
    await page.locator('[data-testid=preview-frame][data-rendered]:not([data-rendered=""])').waitFor();

    const survey = (await page.evaluate(
      (id) => fetch(`/v1/surveys/${id}`).then((r) => r.json()),
      demo.surveyId,
    )) as Survey;
    const write = await page.evaluate(
      ({ id, version }) =>
        fetch(`/v1/surveys/${id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-pulse-csrf': '1' },
          body: JSON.stringify({ name: 'Renamed by an agent', version }),
        }).then(async (r) => ({ status: r.status, body: await r.json() })),
      { id: demo.surveyId, version: survey.version },
    );
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('forbidden');
    forgiveConsoleErrors((e) => e.includes('403'));
    await page.context().close();
  });
});

describe('the editor in Arabic', () => {
  it.each([375, 1280])('fits at %i px, mirrored, without scrolling sideways', async (width) => {
    const email = await member('owner', `arabic-${width}`);
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'ar' });
    const page = await context.newPage();
    watchConsole(page);
    await signIn(page, api.url, email, PASSWORD);
    await page.goto(`${api.url}/dashboard/${hrefOf('surveys', [demo.surveyId])}`);
    await page.locator('html[dir=rtl]').waitFor();
    await page.locator('[data-testid=preview-frame][data-rendered]:not([data-rendered=""])').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('preview-device-desktop').click();
    await page.locator('[data-testid=preview-frame][width="680"]').waitFor();
    expect(
      await horizontalOverflow(page),
      'a desktop-wide preview is scaled, not scrolled',
    ).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('installing the widget', () => {
  it('copies the snippet with its SRI hash, and shows where the loader was seen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.url });
    const page = await context.newPage();
    watchConsole(page);
    await signIn(page, api.url, await member('owner', 'installer'), PASSWORD);
    const site = await context.newPage();
    await site.goto(`${api.url}/demo`);
    await site.locator('pulse-widget').waitFor({ state: 'attached' });
    await site.close();

    await page.goto(`${api.url}/dashboard/${hrefOf('surveys')}`);
    const integrity = await page.getByTestId('integrity').textContent();
    expect(integrity).toMatch(/^sha384-/);
    await page.getByTestId('copy-snippet').click();
    await page.getByTestId('copy-snippet').filter({ hasText: t.install.copied }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`integrity="${integrity}"`);
    expect(copied).toContain(`data-project="${demo.publicKey}"`);

    // The sighting is written behind the config's answer: ask again until it is there.
    await expect
      .poll(async () => {
        await page.getByTestId('installation').getByRole('button').click();
        return page.getByTestId('installation').getAttribute('data-seen');
      })
      .toBe('yes');
    expect(await page.getByTestId('installation').textContent()).toContain(new URL(api.url).origin);
    await context.close();
  });
});
