/**
 * Starts a real API with the seeded demo, signs in as the demo owner and saves
 * the README's screenshots to apps/dashboard/screenshots/. Run through
 * `npm run screenshots -w @pulse/dashboard` (devstack provides the database).
 */

import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startTestApi, startWebhookReceiver } from '@pulse/api/testing';
import type { Page } from 'playwright-core';
import { launchChromium, liveBadge, signIn } from '../test/browser.js';
import { integrations as integrationsText, overview } from '../test/english.js';

const out = fileURLToPath(new URL('../screenshots/', import.meta.url));
await mkdir(out, { recursive: true });

const api = await startTestApi({ label: 'screenshots', env: { SEED_DEMO: 'true' } });
const demo = api.server.demo;
if (!demo?.member) throw new Error('The demo seed did not create a dashboard member.');
const browser = await launchChromium();

/**
 * Signs the demo owner in and picks the language: the picker is remembered per member, so
 * without it a screen would show in the last shot's language, not the browser's.
 */
async function signInSpeaking(page: Page, locale: string) {
  await signIn(page, api.url, demo!.member!.email, demo!.member!.password);
  await page.getByTestId('language').selectOption(locale);
}

async function postAnswer(score: number, comment: string, locale = 'en') {
  await fetch(`${api.url}/v1/public/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      publicKey: demo!.publicKey,
      surveyId: demo!.surveyId,
      score,
      comment,
      locale,
      respondent: { id: `user-${score}${comment.length}`, traits: { plan: 'enterprise' } },
    }),
  });
}

/**
 * Team and access (owners only): the team with a pending invite and its one-time link, API
 * keys with a secret shown once and the allowed origins, the audit log in English and Arabic.
 */
async function teamAndAccessScreenshots() {
  const owner = demo!.member!;
  const key = { authorization: `Bearer ${demo!.apiKey}`, 'content-type': 'application/json' };
  const send = (method: string, path: string, body: unknown) =>
    fetch(`${api.url}${path}`, { method, headers: key, body: JSON.stringify(body) });
  const post = (path: string, body: unknown) => send('POST', path, body);
  for (const [email, role, name] of [
    ['ana.souza@acme.example', 'agent', 'Ana Souza'],
    ['kenji.mori@acme.example', 'viewer', 'Kenji Mori'],
  ] as const)
    await api.server.services.members.addMember({
      projectId: demo!.projectId,
      email,
      role,
      name,
      password: randomUUID(),
    });
  await post('/v1/invites', { email: 'lea.martin@acme.example', role: 'agent' });
  const crm = (await (await post('/v1/api-keys', { name: 'CRM export' })).json()) as { id: string };
  await post(`/v1/api-keys/${crm.id}/rotate`, { gracePeriodSeconds: 86_400 });
  const nightly = (await (await post('/v1/api-keys', { name: 'Nightly backup' })).json()) as { id: string };
  await post(`/v1/api-keys/${nightly.id}/revoke`, {});
  await send('PUT', '/v1/project/origins', {
    origins: ['https://www.acme.example', 'https://app.acme.example'],
  });
  await send('PATCH', `/v1/members/${encodeURIComponent('kenji.mori@acme.example')}`, { role: 'agent' });
  let inviteLink = '';

  const shoot = async (locale: string, hash: string, name: string, act?: (page: Page) => Promise<void>) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale,
      colorScheme: 'light',
    });
    const page = await context.newPage();
    await signIn(page, api.url, owner.email, owner.password);
    await page.goto(`${api.url}/dashboard/${hash}`);
    await act?.(page);
    // A full-page shot of a scrolled page would show the sticky top bar halfway down.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}${name}.png`, fullPage: true });
    await context.close();
  };
  await shoot('en', '#/settings/team', 'team', async (page) => {
    await page.getByTestId('invite-email').fill('omar.haddad@acme.example');
    await page.getByTestId('invite-submit').click();
    await page.getByTestId('invite-created').waitFor();
    inviteLink = await page.getByTestId('invite-link-value').inputValue();
  });
  await shoot('en', '#/settings/keys', 'keys', async (page) => {
    await page.getByTestId('key-name').fill('Warehouse sync');
    await page.getByTestId('key-create').click();
    await page.getByTestId('revealed').waitFor();
    // An entry the API refuses, marked where it is.
    const origins = page.locator('[data-testid=origins][data-status=ready]');
    await origins.getByTestId('origin-add').click();
    await origins.getByTestId('origin').last().locator('input').fill('shop.acme.example/checkout');
    await origins.getByTestId('origins-save').click();
    await origins.getByTestId('origin-error').waitFor();
  });
  await shoot('en', '#/settings/audit', 'audit', (page) => page.getByTestId('audit-entry').first().waitFor());
  await shoot('ar', '#/settings/audit', 'audit-arabic', (page) =>
    page.getByTestId('audit-entry').first().waitFor(),
  );

  // The invite link opened by the invitee, signed out, on a phone.
  const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, colorScheme: 'light' });
  const invitee = await phone.newPage();
  await invitee.goto(inviteLink);
  await invitee.getByTestId('invitation').waitFor();
  await invitee.screenshot({ path: `${out}invitation-phone.png` });
  await phone.close();
}

try {
  for (const [scheme, width, height, name] of [
    ['light', 1280, 900, 'overview-light'],
    ['dark', 1280, 900, 'overview-dark'],
    ['light', 768, 1024, 'overview-tablet'],
    ['light', 375, 812, 'overview-phone'],
  ] as const) {
    const context = await browser.newContext({
      viewport: { width, height },
      colorScheme: scheme,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await signIn(page, api.url, demo.member.email, demo.member.password);
    await page.getByRole('button', { name: overview.periods['7d'], exact: true }).click();
    await page.getByTestId('nps-value').waitFor();
    await liveBadge(page);
    if (name === 'overview-light') {
      await postAnswer(10, 'The live dashboard is exactly what our CX team needed');
      await postAnswer(3, 'Checkout kept failing on my phone', 'en');
      await page.getByText('Checkout kept failing on my phone').first().waitFor();
    }
    // The chart library arrives after the first screen (TrendChart.svelte).
    await page.locator('[data-testid=trend] canvas').first().waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}${name}.png`, fullPage: true });
    await context.close();
  }

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await signIn(page, api.url, demo.member.email, demo.member.password);
  await page.goto(`${api.url}/dashboard/#/queue`);
  await page.getByTestId('followup').first().waitFor();
  await page.screenshot({ path: `${out}queue.png` });
  await context.close();

  const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, colorScheme: 'light' });
  const queuePage = await phone.newPage();
  await signIn(queuePage, api.url, demo.member.email, demo.member.password);
  await queuePage.goto(`${api.url}/dashboard/#/queue`);
  await queuePage.getByTestId('followup').first().waitFor();
  await queuePage.screenshot({ path: `${out}queue-phone.png` });
  await phone.close();
  // The same dashboard in two of its languages: Arabic mirrored, Thai on a phone.
  for (const [locale, width, height, route, name] of [
    ['ar', 1280, 900, '#/', 'overview-arabic'],
    ['th', 375, 812, '#/queue', 'queue-thai-phone'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height }, locale, colorScheme: 'light' });
    const page = await context.newPage();
    await signIn(page, api.url, demo.member.email, demo.member.password);
    await page.goto(`${api.url}/dashboard/${route}`);
    await page
      .getByTestId(route === '#/' ? 'nps-value' : 'followup')
      .first()
      .waitFor();
    if (route === '#/') await page.locator('[data-testid=trend] canvas').first().waitFor();
    await liveBadge(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}${name}.png` });
    await context.close();
  }
  await teamAndAccessScreenshots();
  await surveyScreenshots();
  await explorerAndIntegrations();
  console.log(`Screenshots saved to ${out}`);
} finally {
  await browser.close();
  await api.close();
}

// ——— Surveys (settings): the list, and the editor with its live preview, in English and Arabic ———
async function surveyScreenshots() {
  const res = await fetch(`${api.url}/v1/surveys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${demo!.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'استبيان NPS بالعربية',
      defaultLocale: 'ar',
      texts: {
        ar: {
          question: 'ما مدى احتمال أن توصي بـ Acme Analytics لصديق أو زميل؟',
          followUp: { detractor: 'نأسف لذلك. ما الذي حدث؟' },
        },
      },
      appearance: { brandColor: '#0f766e', position: 'bottom-left' },
    }),
  });
  const arabic = (await res.json()) as { id: string };
  // A loader on the demo page, so "installation seen" has a site to show.
  const site = await browser.newPage();
  await site.goto(`${api.url}/demo`);
  await site.locator('pulse-widget').waitFor({ state: 'attached' });
  await site.close();
  for (let seen = false; !seen; await new Promise((r) => setTimeout(r, 100))) {
    const installation = await fetch(`${api.url}/v1/project/installation`, {
      headers: { authorization: `Bearer ${demo!.apiKey}` },
    }).then((r) => r.json() as Promise<{ lastSeenAt: string | null }>);
    seen = installation.lastSeenAt !== null;
  }
  const shots = [
    { locale: 'en', width: 1280, height: 900, path: '', name: 'surveys-list' },
    { locale: 'en', width: 1280, height: 900, path: `/${demo!.surveyId}`, name: 'survey-editor' },
    { locale: 'ar', width: 1280, height: 900, path: `/${arabic.id}`, name: 'survey-editor-arabic' },
    { locale: 'ar', width: 375, height: 812, path: `/${arabic.id}`, name: 'survey-editor-arabic-phone' },
  ];
  for (const { locale, width, height, path, name } of shots) {
    const context = await browser.newContext({ viewport: { width, height }, locale, colorScheme: 'light' });
    const page = await context.newPage();
    await signInSpeaking(page, locale);
    await page.goto(`${api.url}/dashboard/#/settings/surveys${path}`);
    if (path) {
      await page.locator('[data-testid=preview-frame][data-rendered]:not([data-rendered=""])').waitFor();
      if (name === 'survey-editor-arabic')
        await page.locator('[data-testid=texts] [data-field="followUp.detractor"]').focus();
      await page.waitForTimeout(400);
    } else {
      await page.getByTestId('survey-list').waitFor();
      await page.getByTestId('installation').waitFor();
    }
    await page.screenshot({ path: `${out}${name}.png`, fullPage: name !== 'survey-editor-arabic-phone' });
    await context.close();
  }
}

// ── The responses explorer and the integrations (issue #12, points 3 and 4) ──
async function explorerAndIntegrations() {
  const auth = { authorization: `Bearer ${demo!.apiKey}`, 'content-type': 'application/json' };
  const receiver = await startWebhookReceiver();
  try {
    // A Slack alert for churn risks and an endpoint of the team's own, with a test in its log.
    for (const body of [
      {
        url: 'https://hooks.slack.com/services/T000/B000/XXXXXXXX',
        format: 'slack',
        events: ['followup.created'],
        filter: { categories: ['detractor'], churnRisk: true },
      },
      {
        url: receiver.url,
        events: ['response.created', 'followup.updated'],
        filter: { minPriority: 'high' },
      },
    ])
      await fetch(`${api.url}/v1/webhooks`, { method: 'POST', headers: auth, body: JSON.stringify(body) });

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
    });
    const page = await context.newPage();
    await signInSpeaking(page, 'en');
    await page.goto(`${api.url}/dashboard/#/settings/integrations`);
    const own = page.locator('[data-testid=webhook]').nth(1);
    await own.getByTestId('webhook-test').click();
    await own.locator('[data-testid=delivery][data-status=delivered]').first().waitFor();
    await page.screenshot({ path: `${out}integrations.png`, fullPage: true });
    await page.getByTestId('webhook-add').click();
    await page.getByTestId('webhook-url').fill('https://crm.acme.example/hooks/pulse');
    await page.getByTestId('category-detractor').check();
    await page.getByTestId('webhook-save').click();
    await page.getByText(integrationsText.secret.title).waitFor();
    await page.screenshot({ path: `${out}integrations-secret.png` });
    await context.close();

    // One customer's story: three answers, the last one a detractor's.
    const customer = { id: 'user-4711', traits: { plan: 'enterprise', seats: 40 } };
    for (const [score, comment] of [
      [9, 'Setup was quick and the team loved the live feed'],
      [7, 'Reports got slower this month'],
      [2, 'The export keeps timing out and support never answered, we will cancel'],
    ] as const)
      await fetch(`${api.url}/v1/public/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({
          publicKey: demo!.publicKey,
          surveyId: demo!.surveyId,
          score,
          comment,
          locale: 'en',
          respondent: customer,
          context: { url: 'https://app.acme.example/reports/export' },
        }),
      });
    await api.server.services.ingest.settle();
    const list = await fetch(`${api.url}/v1/responses?surveyId=${demo!.surveyId}&limit=1`, { headers: auth });
    const newest = ((await list.json()) as { items: { id: string }[] }).items[0]!.id;
    for (const [locale, width, height, name] of [
      ['en', 1280, 1100, 'explorer'],
      ['en', 375, 812, 'explorer-phone'],
      ['ar', 1280, 1100, 'explorer-arabic'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height }, locale, colorScheme: 'light' });
      const page = await context.newPage();
      await signInSpeaking(page, locale);
      const answer = name === 'explorer-phone' ? '' : `&answer=${newest}`;
      await page.goto(`${api.url}/dashboard/#/responses?survey=${demo!.surveyId}&period=30d${answer}`);
      await page.getByTestId('response-row').first().waitFor();
      if (answer) await page.getByTestId('detail-timeline').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}${name}.png` });
      await context.close();
    }
  } finally {
    await receiver.close();
  }
}
