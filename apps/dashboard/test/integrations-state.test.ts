import { startWebhookReceiver, type WebhookReceiver } from '@pulse/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeliveryLog } from '../src/screens/settings/integrations/delivery-log.svelte.js';
import { draftOf, emptyDraft } from '../src/screens/settings/integrations/draft.js';
import { createIntegrations, NEW } from '../src/screens/settings/integrations/integrations-state.svelte.js';
import { webhooksApi } from '../src/screens/settings/integrations/webhooks-api.js';
import { emailOf, type Fixture, sessionCookie, startFixture, until } from './api-fixture.js';
import { apiWithCookie } from './live-client.js';

const LABEL = 'integrations_state';
let fx: Fixture;
let receiver: WebhookReceiver;

async function hooksAs(role: 'owner' | 'agent' | 'viewer') {
  return webhooksApi(apiWithCookie(fx.api.url, await sessionCookie(fx.api.url, emailOf(role, LABEL))));
}

beforeAll(async () => {
  fx = await startFixture(LABEL, { env: { WEBHOOK_POLL_MS: '100' } });
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await fx?.api.close();
});

describe('the integrations state', () => {
  it('creates a webhook with its filter, shows its secret once, edits events and filter, pauses, resumes and deletes', async () => {
    const hooks = await hooksAs('owner');
    const screen = createIntegrations({ hooks });
    await screen.start();
    expect(screen.state).toMatchObject({ status: 'ready', canManage: true });

    const ok = await screen.create({
      ...emptyDraft(),
      url: receiver.url,
      events: ['response.created'],
      categories: ['detractor'],
      churnRisk: true,
    });
    expect(ok).toBe(true);
    const [created] = screen.state.webhooks.slice(-1);
    expect(created).toMatchObject({
      url: receiver.url,
      filter: { categories: ['detractor'], churnRisk: true },
    });
    expect(screen.state.created).toEqual({ id: created!.id, secret: expect.stringMatching(/^whsec_/) });
    expect(JSON.stringify(await hooks.list()), 'the list never holds the secret').not.toContain('whsec_');
    screen.dismissSecret();
    expect(screen.state.created).toBeNull();

    expect(
      await screen.update(created!, {
        ...draftOf(created!),
        events: ['followup.created'],
        churnRisk: false,
        minPriority: 'high',
      }),
    ).toBe(true);
    expect(await hooks.list()).toEqual([
      expect.objectContaining({
        events: ['followup.created'],
        filter: { categories: ['detractor'], minPriority: 'high' },
      }),
    ]);

    await screen.setPaused(screen.state.webhooks[0]!, true);
    expect(screen.state.webhooks[0]!.paused).toBe(true);
    await screen.setPaused(screen.state.webhooks[0]!, false);
    expect((await hooks.list())[0]!.paused).toBe(false);

    expect(await screen.remove(screen.state.webhooks[0]!)).toBe(true);
    expect(screen.state.webhooks).toEqual([]);
    expect(await hooks.list()).toEqual([]);
  });

  it('reads webhooks for a viewer and an agent without letting them change anything, and says who may', async () => {
    const owner = await hooksAs('owner');
    const made = await owner.create({
      url: receiver.url,
      events: ['followup.created'],
      format: 'slack',
      filter: {},
    });
    for (const role of ['viewer', 'agent'] as const) {
      const screen = createIntegrations({ hooks: await hooksAs(role) });
      await screen.start();
      expect(screen.state, role).toMatchObject({ status: 'ready', canManage: false });
      expect(screen.state.webhooks.map((w) => w.id)).toContain(made.id);
      expect(await screen.create({ ...emptyDraft(), url: receiver.url })).toBe(false);
      expect(screen.state.refusals.get(NEW)).toEqual({ kind: 'forbidden', allowedRoles: ['owner'] });
    }
    await owner.remove(made.id);
  });

  it('says what the API refused in a new webhook, keeping the form’s place', async () => {
    const screen = createIntegrations({ hooks: await hooksAs('owner') });
    await screen.start();
    expect(await screen.create({ ...emptyDraft(), url: `https://example.com/${'x'.repeat(2100)}` })).toBe(
      false,
    );
    expect(screen.state.refusals.get(NEW)).toMatchObject({ kind: 'invalid' });
    expect(screen.state.busy.has(NEW)).toBe(false);
  });
});

describe('a webhook’s delivery log', () => {
  it('shows a test from the dashboard, followed until the receiver’s answer is in', async () => {
    const hooks = await hooksAs('owner');
    const webhook = await hooks.create({
      url: receiver.url,
      events: ['followup.created'],
      format: 'standard',
      filter: {},
    });
    const log = createDeliveryLog({ hooks, webhookId: webhook.id, followMs: 50 });
    await log.start();
    expect(log.state).toMatchObject({ status: 'ready', items: [] });
    await log.sendTest();
    expect(log.state.items[0]).toMatchObject({ eventType: 'webhook.test' });
    await until(() => log.state.items[0]?.status === 'delivered', 'the test to be delivered');
    expect(log.state.items[0]!.attempts).toEqual([expect.objectContaining({ statusCode: 204, error: null })]);
    expect(receiver.received.some((r) => r.headers['webhook-id'] === log.state.items[0]!.id)).toBe(true);
    log.stop();
    await hooks.remove(webhook.id);
  });

  it('pages by cursor, newest first, each delivery once', async () => {
    const hooks = await hooksAs('owner');
    const webhook = await hooks.create({
      url: receiver.url,
      events: ['followup.created'],
      format: 'standard',
      filter: {},
    });
    const sent = [];
    for (let i = 0; i < 5; i++) sent.unshift((await hooks.sendTest(webhook.id)).id);
    const log = createDeliveryLog({ hooks, webhookId: webhook.id, limit: 2 });
    await log.start();
    expect(log.state.items).toHaveLength(2);
    while (log.state.nextCursor) await log.loadMore();
    expect(log.state.items.map((d) => d.id)).toEqual(sent);
    log.stop();
    await hooks.remove(webhook.id);
  });

  it('retries a failed attempt by hand, and refuses a test while paused', async () => {
    const failing = await startWebhookReceiver(1);
    const hooks = await hooksAs('owner');
    const webhook = await hooks.create({
      url: failing.url,
      events: ['followup.created'],
      format: 'standard',
      filter: {},
    });
    const log = createDeliveryLog({ hooks, webhookId: webhook.id, followMs: 50 });
    await log.start();
    await log.sendTest();
    await until(() => (log.state.items[0]?.attempts.length ?? 0) === 1, 'the first attempt');
    const first = log.state.items[0]!;
    expect(first).toMatchObject({
      status: 'pending',
      attempts: [expect.objectContaining({ statusCode: 500 })],
    });

    await log.retry(first.id);
    await until(() => log.state.items[0]?.status === 'delivered', 'the retry to be delivered');
    expect(log.state.items[0]!.attempts.map((a) => a.statusCode)).toEqual([500, 204]);
    await log.retry(first.id);
    expect(log.state.refusals.get(first.id)).toEqual({ kind: 'already_delivered' });

    await hooks.update(webhook.id, { paused: true });
    await log.sendTest();
    expect(log.state.refusals.get('test')).toEqual({ kind: 'paused' });
    log.stop();
    await hooks.remove(webhook.id);
    await failing.close();
  });
});
