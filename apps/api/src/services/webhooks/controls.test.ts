import { type WebhookCreated, type WebhookDelivery, WebhookPayload } from '@pulse/shared';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startTestApi, startWebhookReceiver, type TestApi } from '../../testing/index.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function receiver(failFirst = 0) {
  const started = await startWebhookReceiver(failFirst);
  closers.push(started.close);
  return started;
}

async function api(env: Record<string, string> = {}): Promise<TestApi> {
  const started = await startTestApi({
    label: 'webhook_controls',
    env: { WEBHOOK_POLL_MS: '20', WEBHOOK_RETRY_BASE_MS: '20', ...env },
  });
  closers.push(() => started.close());
  return started;
}

/** A project on `target`, and the team's calls over real HTTP. */
async function team(target: TestApi) {
  const project = await target.createProject();
  const survey = await target.createSurvey(project.apiKey);
  const headers = { authorization: `Bearer ${project.apiKey}`, 'content-type': 'application/json' };
  const call = async (method: string, path: string, body?: object) => {
    const res = await fetch(`${target.url}${path}`, { method, headers, body: body && JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  const hook = async (url: string, extra: object = {}) =>
    (await call('POST', '/v1/webhooks', { url, events: ['response.created'], ...extra }))
      .body as WebhookCreated;
  const log = async (webhookId: string) =>
    (await call('GET', `/v1/webhooks/${webhookId}/deliveries`)).body.items as WebhookDelivery[];
  const answer = (score: number) => target.answer(project.publicKey, survey.id, { score, comment: 'ok' });
  return { call, hook, log, answer };
}

const settled = (status: WebhookDelivery['status']) => (items: WebhookDelivery[]) =>
  items.length > 0 && items.every((d) => d.status === status) ? items : undefined;

describe('send test', () => {
  it('reaches a real receiver through the outbox and the dispatcher, signed, and shows in the log', async () => {
    const rx = await receiver();
    const t = await team(await api());
    const webhook = await t.hook(rx.url);
    const sent = await t.call('POST', `/v1/webhooks/${webhook.id}/test`);
    expect(sent.status).toBe(202);

    const [logged] = await eventually('the test delivery', async () =>
      settled('delivered')(await t.log(webhook.id)),
    );
    expect(logged).toMatchObject({ id: sent.body.id, eventType: 'webhook.test', status: 'delivered' });
    expect(logged!.attempts).toHaveLength(1);
    const [attempt] = logged!.attempts;
    expect(attempt).toMatchObject({ statusCode: 204, error: null });
    expect(attempt!.durationMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(attempt!.at)).toBeGreaterThanOrEqual(Date.parse(logged!.createdAt));

    expect(rx.received).toHaveLength(1);
    const { headers, body } = rx.received[0]!;
    expect(headers['webhook-id']).toBe(logged!.id);
    const verified = new Webhook(webhook.secret).verify(body, {
      'webhook-id': String(headers['webhook-id']),
      'webhook-timestamp': String(headers['webhook-timestamp']),
      'webhook-signature': String(headers['webhook-signature']),
    });
    expect(WebhookPayload.parse(verified)).toMatchObject({
      type: 'webhook.test',
      data: { webhookId: webhook.id },
    });
  });

  it('sends Slack webhooks a test line they can post', async () => {
    const rx = await receiver();
    const t = await team(await api());
    const webhook = await t.hook(rx.url, { format: 'slack' });
    await t.call('POST', `/v1/webhooks/${webhook.id}/test`);
    await eventually('the test delivery', async () => settled('delivered')(await t.log(webhook.id)));
    expect(JSON.parse(rx.received[0]!.body)).toEqual({
      text: 'Pulse test message: A test delivery from Pulse: if you can read this, the webhook works.',
    });
  });
});

describe('pause and resume', () => {
  it('holds a paused webhook’s deliveries while others go out, and sends them on resume', async () => {
    const pausedRx = await receiver();
    const activeRx = await receiver();
    const t = await team(await api());
    const paused = await t.hook(pausedRx.url);
    const active = await t.hook(activeRx.url);
    expect((await t.call('PATCH', `/v1/webhooks/${paused.id}`, { paused: true })).body.paused).toBe(true);
    await t.answer(9);
    await t.answer(3);

    // Both webhooks' rows were written by the same outbox writes: the polls that sent
    // the active ones would have taken the paused ones too, had they been due.
    await eventually('the active webhook', async () => {
      const items = settled('delivered')(await t.log(active.id));
      return items?.length === 2 ? items : undefined;
    });
    expect(pausedRx.received).toHaveLength(0);
    const held = await t.log(paused.id);
    expect(held.map((d) => [d.status, d.attempts.length])).toEqual([
      ['held', 0],
      ['held', 0],
    ]);

    await t.call('PATCH', `/v1/webhooks/${paused.id}`, { paused: false });
    const sent = await eventually('the held deliveries', async () => {
      const items = settled('delivered')(await t.log(paused.id));
      return items?.length === 2 ? items : undefined;
    });
    expect(new Set(pausedRx.received.map((r) => r.headers['webhook-id']))).toEqual(
      new Set(sent.map((d) => d.id)),
    );
    expect(pausedRx.received).toHaveLength(2);
  });
});

describe('manual retry', () => {
  it('sends a failing delivery again at once, and a failed one too', async () => {
    const rx = await receiver(Number.POSITIVE_INFINITY);
    // After a failure the next automatic attempt is an hour away: only a manual retry sends it sooner.
    const target = await api({ WEBHOOK_RETRY_BASE_MS: '3600000' });
    const t = await team(target);
    const webhook = await t.hook(rx.url);
    await t.answer(4);
    const [failing] = await eventually('the first attempt', async () => {
      const items = await t.log(webhook.id);
      return items[0]?.attempts.length === 1 ? items : undefined;
    });
    expect(failing).toMatchObject({ status: 'pending', attempts: [{ statusCode: 500, error: 'HTTP 500' }] });
    expect(Date.parse(failing!.nextAttemptAt!)).toBeGreaterThan(Date.now() + 60_000);

    rx.answerWith(204);
    const retried = await t.call('POST', `/v1/webhooks/${webhook.id}/deliveries/${failing!.id}/retry`);
    expect(retried.status).toBe(200);
    const [delivered] = await eventually('the retried delivery', async () =>
      settled('delivered')(await t.log(webhook.id)),
    );
    expect(delivered!.attempts.map((a) => a.statusCode)).toEqual([500, 204]);

    // A delivery given up after its 24 h (as the dispatcher leaves it) goes out again when retried.
    rx.answerWith(500);
    await t.answer(5);
    const second = await eventually('the second answer’s first attempt', async () => {
      const items = await t.log(webhook.id);
      return items.find((d) => d.id !== delivered!.id && d.attempts.length === 1);
    });
    await target.server.services.models.Delivery.updateOne(
      { _id: second.id },
      { $set: { status: 'failed', nextAttemptAt: null } },
    );
    rx.answerWith(204);
    const again = await t.call('POST', `/v1/webhooks/${webhook.id}/deliveries/${second.id}/retry`);
    expect(again.body).toMatchObject({ status: 'pending', nextAttemptAt: expect.any(String) });
    await eventually('the failed delivery, retried', async () => {
      const items = await t.log(webhook.id);
      return items.length === 2 && items.every((d) => d.status === 'delivered') ? items : undefined;
    });
    expect(rx.received.map((r) => r.status)).toEqual([500, 204, 500, 204]);
  });
});
