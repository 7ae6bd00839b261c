import { type WebhookCreated, type WebhookDelivery, WebhookPayload } from '@pulse/shared';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import {
  eventually,
  type ReceivedDelivery,
  startTestApi,
  startWebhookReceiver,
  type TestApi,
  testDatabaseUrl,
} from '../../testing/index.js';
import { retryDelayMs, startWebhookDispatcher } from './dispatcher.js';
import { WEBHOOK_RETRY_WINDOW_MS } from './to-webhook.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function api(env: Record<string, string>): Promise<TestApi> {
  const started = await startTestApi({ label: 'dispatcher', env });
  closers.push(() => started.close());
  return started;
}

async function setUp(target: TestApi, url: string, events: string[], format = 'standard') {
  const project = await target.createProject();
  const survey = await target.createSurvey(project.apiKey);
  const headers = { authorization: `Bearer ${project.apiKey}`, 'content-type': 'application/json' };
  const res = await fetch(`${target.url}/v1/webhooks`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ url, events, format }),
  });
  const webhook = (await res.json()) as WebhookCreated;
  const answer = (score: number, comment: string) =>
    target.answer(project.publicKey, survey.id, { score, comment });
  async function deliveries(on: TestApi = target): Promise<WebhookDelivery[]> {
    const log = await fetch(`${on.url}/v1/webhooks/${webhook.id}/deliveries`, { headers });
    return ((await log.json()) as { items: WebhookDelivery[] }).items;
  }
  return { webhook, answer, deliveries };
}

const allDelivered = (items: WebhookDelivery[], count: number) =>
  items.length === count && items.every((d) => d.status === 'delivered') ? items : undefined;

describe('webhook dispatcher', () => {
  it('retries a failing receiver with backoff until it answers, signed per Standard Webhooks', async () => {
    const receiver = await startWebhookReceiver(3);
    closers.push(receiver.close);
    const target = await api({
      WEBHOOK_POLL_MS: '20',
      WEBHOOK_RETRY_BASE_MS: '20',
      SECRET_KEY: 'the key that seals webhook secrets in this test',
    });
    const s = await setUp(target, receiver.url, ['followup.created']);
    // Sealed at rest: the database holds no usable signing secret.
    const stored = await target.server.services.models.Webhook.findById(s.webhook.id).lean();
    expect(stored?.secret).toMatch(/^enc:v1:/);
    expect(stored?.secret).not.toContain(s.webhook.secret.slice(6));
    await s.answer(2, 'The app crashes every day, I am going to cancel');

    const [delivery] = await eventually('the delivery', async () => allDelivered(await s.deliveries(), 1));
    expect(delivery?.attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 204]);
    expect(delivery?.attempts.map((a) => a.error)).toEqual(['HTTP 500', 'HTTP 500', 'HTTP 500', null]);
    expect(delivery?.nextAttemptAt).toBeNull();

    expect(receiver.received).toHaveLength(4);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([delivery?.id]));
    expect(receiver.received.filter((r) => r.status === 204)).toHaveLength(1);
    const last = receiver.received.at(-1) as ReceivedDelivery;
    const verified = new Webhook(s.webhook.secret).verify(last.body, {
      'webhook-id': String(last.headers['webhook-id']),
      'webhook-timestamp': String(last.headers['webhook-timestamp']),
      'webhook-signature': String(last.headers['webhook-signature']),
    });
    expect(WebhookPayload.parse(verified)).toMatchObject({
      type: 'followup.created',
      data: { priority: 'urgent', churnRisk: true },
    });
    expect(() =>
      new Webhook(s.webhook.secret).verify(`${last.body} `, {
        'webhook-id': String(last.headers['webhook-id']),
        'webhook-timestamp': String(last.headers['webhook-timestamp']),
        'webhook-signature': String(last.headers['webhook-signature']),
      }),
    ).toThrow();
  });

  it('sends each event once to a healthy receiver, Slack format as { text }', async () => {
    const receiver = await startWebhookReceiver(0);
    closers.push(receiver.close);
    const target = await api({ WEBHOOK_POLL_MS: '20', WEBHOOK_RETRY_BASE_MS: '20' });
    const s = await setUp(target, receiver.url, ['response.created'], 'slack');
    await s.answer(8, 'fine <b>really</b>');
    await s.answer(10, 'great');
    await eventually('two deliveries', async () => allDelivered(await s.deliveries(), 2));
    expect(receiver.received).toHaveLength(2);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(2);
    expect(
      receiver.received.map((r) => JSON.parse(r.body)).sort((a, b) => a.text.localeCompare(b.text)),
    ).toEqual([
      { text: 'New NPS answer: 10/10 (promoter) — “great”' },
      { text: 'New NPS answer: 8/10 (passive) — “fine &lt;b&gt;really&lt;/b&gt;”' },
    ]);
  });

  it('delivers what was still pending when the server stopped, after a restart on the same database', async () => {
    const receiver = await startWebhookReceiver(0);
    closers.push(receiver.close);
    const MONGO_URL = testDatabaseUrl('dispatcher_restart');
    const first = await startTestApi({ env: { MONGO_URL, WEBHOOK_POLL_MS: '3600000' } });
    const s = await setUp(first, receiver.url, ['response.created']);
    await s.answer(4, 'slow');
    expect((await s.deliveries()).map((d) => d.status)).toEqual(['pending']);
    await first.close();
    expect(receiver.received).toHaveLength(0);

    const second = await api({ MONGO_URL, WEBHOOK_POLL_MS: '20', WEBHOOK_RETRY_BASE_MS: '20' });
    await eventually('the pending delivery', async () => allDelivered(await s.deliveries(second), 1));
    expect(receiver.received).toHaveLength(1);
  });

  it('does not post to a private address unless WEBHOOK_ALLOW_PRIVATE_NETWORKS is set', async () => {
    const receiver = await startWebhookReceiver(0);
    closers.push(receiver.close);
    const MONGO_URL = testDatabaseUrl('dispatcher_private');
    // Made while private networks were allowed, then the server restarts without that.
    const allowed = await startTestApi({ env: { MONGO_URL, WEBHOOK_POLL_MS: '3600000' } });
    const s = await setUp(allowed, receiver.url, ['response.created']);
    await s.answer(9, 'fine');
    await allowed.close();

    const strict = await api({
      MONGO_URL,
      WEBHOOK_POLL_MS: '20',
      WEBHOOK_RETRY_BASE_MS: '3600000',
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'false',
    });
    const [refused] = await eventually('the refused attempt', async () => {
      const items = await s.deliveries(strict);
      return items[0]?.attempts.length ? items : undefined;
    });
    expect(refused?.status).toBe('pending');
    expect(refused?.attempts[0]).toMatchObject({
      statusCode: null,
      error: expect.stringContaining('WEBHOOK_ALLOW_PRIVATE_NETWORKS'),
    });
    expect(receiver.received).toHaveLength(0);
  });

  it('gives up with failed once retrying would pass 24 hours', async () => {
    const receiver = await startWebhookReceiver(Number.POSITIVE_INFINITY);
    closers.push(receiver.close);
    const target = await api({ WEBHOOK_POLL_MS: '3600000' });
    const s = await setUp(target, receiver.url, ['response.created']);
    await s.answer(0, 'no');
    const [pending] = await s.deliveries();
    // A second dispatcher whose clock says the event is almost a day old.
    const dayLater = new Date(Date.parse(pending?.createdAt ?? '') + WEBHOOK_RETRY_WINDOW_MS - 1000);
    const dispatcher = startWebhookDispatcher({
      models: target.server.services.models,
      outbox: target.server.services.webhooks.outbox,
      logger: createLogger('silent'),
      pollMs: 20,
      retryBaseMs: 60_000,
      allowPrivateNetworks: true,
      secrets: target.server.services.secrets,
      now: () => dayLater,
      random: () => 0.5,
    });
    closers.push(() => dispatcher.stop());
    const [failed] = await eventually('the delivery to fail', async () => {
      const items = await s.deliveries();
      return items[0]?.status === 'failed' ? items : undefined;
    });
    expect(failed?.attempts.map((a) => a.statusCode)).toEqual([500]);
    expect(failed?.nextAttemptAt).toBeNull();
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base with ±50 % jitter, capped at 6 hours', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 30_000, () => 0.5))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(retryDelayMs(3, 30_000, () => 0)).toBe(60_000);
    expect(retryDelayMs(3, 30_000, () => 0.999)).toBe(Math.round(120_000 * 1.499));
    expect(retryDelayMs(30, 30_000, () => 0.5)).toBe(6 * 3_600_000);
  });
});
