/**
 * The CX team's journey in Chromium on the seeded demo (setup in journey.ts).
 * Integrations: a webhook made from the dashboard to a receiver on loopback, its secret
 * shown once, a test delivery that appears in its log with the receiver's answer, a
 * filter edited, pause and resume, delete; read-only for a viewer.
 */
import { startWebhookReceiver } from '@pulse/api/testing';
import type { Webhook } from '@pulse/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './browser.js';
import { integrations } from './english.js';
import { api, browser, demo, horizontalOverflow, open, setUpJourney, watchConsole } from './journey.js';

setUpJourney('journey_integrations');

const listed = async () =>
  (
    (await fetch(`${api.url}/v1/webhooks`, { headers: { authorization: `Bearer ${demo.apiKey}` } }).then(
      (r) => r.json(),
    )) as { items: Webhook[] }
  ).items;

async function openIntegrations(page: Page) {
  await page.goto(`${api.url}/dashboard/#/settings/integrations`);
  await page.locator('[data-testid=webhook], [data-testid=webhooks-empty]').first().waitFor();
}

describe.each([1280, 375])('integrations at %i px', (width) => {
  it('creates a webhook to a loopback receiver, sends a test and shows it delivered in the log', async () => {
    const receiver = await startWebhookReceiver();
    const page = await open(width);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openIntegrations(page);

    await page.getByTestId('webhook-add').click();
    await page.getByTestId('webhook-url').fill(receiver.url);
    await page.getByTestId('event-response.created').check();
    await page.getByTestId('category-detractor').check();
    await page.getByTestId('filter-churn').check();
    await page.getByTestId('webhook-save').click();

    const secret = page.getByTestId('webhook-secret');
    await secret.waitFor();
    const shownSecret = await secret.getByTestId('secret-value').inputValue();
    expect(shownSecret).toMatch(/^whsec_/);
    await secret.getByTestId('copy-secret').click();
    await secret.getByText(integrations.secret.copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shownSecret);
    await secret.getByTestId('secret-done').click();
    await secret.waitFor({ state: 'detached' });

    const made = (await listed()).find((w) => w.url === receiver.url)!;
    expect(made).toMatchObject({
      events: ['response.created', 'followup.created'],
      filter: { categories: ['detractor'], churnRisk: true },
    });
    const card = page.locator(`[data-webhook-id="${made.id}"]`);
    expect(await card.getByTestId('webhook-filter').textContent()).toBe(
      integrations.card.only({ conditions: 'Detractors · Churn risk' }),
    );

    await card.getByTestId('webhook-test').click();
    const delivery = card.locator('[data-testid=delivery][data-status=delivered]');
    await delivery.waitFor();
    expect(await delivery.getByTestId('attempt-code').textContent()).toBe('204');
    const deliveryId = await delivery.getAttribute('data-delivery-id');
    const received = receiver.received.find((r) => r.headers['webhook-id'] === deliveryId);
    expect(JSON.parse(received!.body)).toMatchObject({ type: 'webhook.test', data: { webhookId: made.id } });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.context().close();
    await receiver.close();
  });
});

describe('a webhook’s life', () => {
  it('edits its events and filter, pauses and resumes, and is deleted after a confirmation', async () => {
    const receiver = await startWebhookReceiver();
    const page = await open(1280);
    await openIntegrations(page);
    await page.getByTestId('webhook-add').click();
    await page.getByTestId('webhook-url').fill(receiver.url);
    await page.getByTestId('webhook-save').click();
    await page.getByTestId('secret-done').click();
    const made = (await listed()).find((w) => w.url === receiver.url)!;
    const card = page.locator(`[data-webhook-id="${made.id}"]`);

    await card.getByTestId('webhook-edit').click();
    await card.getByTestId('event-followup.updated').check();
    await card.getByTestId('filter-priority').selectOption('high');
    await card.getByTestId('theme-billing').check();
    await card.getByTestId('webhook-save').click();
    await card.getByTestId('webhook-form').waitFor({ state: 'detached' });
    expect((await listed()).find((w) => w.id === made.id)).toMatchObject({
      events: ['followup.created', 'followup.updated'],
      filter: { minPriority: 'high', themes: ['billing'] },
    });

    await card.getByTestId('webhook-pause').click();
    await card.and(page.locator('[data-paused=true]')).waitFor();
    expect(await card.getByTestId('webhook-test').isDisabled()).toBe(true);
    await card.getByTestId('webhook-pause').click();
    await card.and(page.locator('[data-paused=false]')).waitFor();

    await card.getByTestId('webhook-delete').click();
    await card.getByText(integrations.card.confirmDelete).waitFor();
    await card.getByTestId('webhook-delete-confirm').click();
    await card.waitFor({ state: 'detached' });
    expect((await listed()).some((w) => w.id === made.id)).toBe(false);
    await page.context().close();
    await receiver.close();
  });

  it('shows a viewer the webhooks and their log, and nothing to change them with', async () => {
    const receiver = await startWebhookReceiver();
    const made = (await fetch(`${api.url}/v1/webhooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${demo.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: receiver.url, events: ['followup.created'] }),
    }).then((r) => r.json())) as Webhook;
    const email = 'viewer@integrations.test';
    const password = 'correct horse battery staple';
    await api.server.services.members.addMember({
      projectId: demo.projectId,
      email,
      role: 'viewer',
      password,
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    watchConsole(page);
    await signIn(page, api.url, email, password);
    await openIntegrations(page);
    expect(await page.getByTestId('read-only').textContent()).toBe(integrations.readOnly);
    expect(await page.getByTestId('webhook-add').count()).toBe(0);
    const card = page.locator(`[data-webhook-id="${made.id}"]`);
    await card.waitFor();
    for (const action of ['webhook-test', 'webhook-edit', 'webhook-pause', 'webhook-delete'])
      expect(await card.getByTestId(action).count(), action).toBe(0);
    await card.getByTestId('webhook-log').click();
    await card.getByTestId('delivery-log').getByText(integrations.log.empty).waitFor();
    await context.close();
    await receiver.close();
  });
});
