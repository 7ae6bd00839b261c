import { Webhook, WebhookCreated, WebhookDelivery, WebhookDeliveryList } from '@pulse/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookService, type WebhookChange } from '../services/webhooks/service.js';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
beforeAll(async () => {
  // The dispatcher stays idle: these tests read the outbox as written.
  api = await startTestApi({ label: 'webhook_changes', env: { WEBHOOK_POLL_MS: '3600000' } });
});
afterAll(() => api.close());

async function newProject() {
  const project = await api.createProject();
  const survey = await api.createSurvey(project.apiKey);
  const auth = { Authorization: `Bearer ${project.apiKey}` };
  const res = await request(api.url)
    .post('/v1/webhooks')
    .set(auth)
    .send({ url: 'https://example.com/h', events: ['response.created'] })
    .expect(201);
  const hook = WebhookCreated.parse(res.body);
  const patch = (body: unknown, id = hook.id) =>
    request(api.url)
      .patch(`/v1/webhooks/${id}`)
      .set(auth)
      .send(body as object);
  const log = async (query: Record<string, string | number> = {}) => {
    const page = await request(api.url).get(`/v1/webhooks/${hook.id}/deliveries`).query(query).set(auth);
    expect(page.status, page.text).toBe(200);
    return WebhookDeliveryList.parse(page.body);
  };
  const answer = (score: number) => api.answer(project.publicKey, survey.id, { score });
  return { auth, hook, patch, log, answer };
}

describe('GET and PATCH /v1/webhooks/:id', () => {
  it('changes events, filter and url, and reads back what it changed', async () => {
    const p = await newProject();
    const res = await p.patch({
      events: ['followup.created'],
      filter: { minPriority: 'urgent' },
      url: 'https://hooks.example.com/new',
    });
    expect(res.status, res.text).toBe(200);
    const changed = Webhook.parse(res.body);
    expect(changed).toMatchObject({
      events: ['followup.created'],
      filter: { minPriority: 'urgent' },
      paused: false,
    });
    expect(Date.parse(changed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(changed.createdAt));
    const read = await request(api.url).get(`/v1/webhooks/${p.hook.id}`).set(p.auth).expect(200);
    expect(read.body).toEqual(changed);
    expect(JSON.stringify(read.body)).not.toContain('whsec_');
  });

  it('refuses an empty change, unknown keys, bad values and a foreign or unknown webhook', async () => {
    const p = await newProject();
    const other = await newProject();
    for (const body of [{}, { secret: 'whsec_x' }, { paused: 'yes' }, { url: 'ftp://x' }, { events: [] }]) {
      const res = await p.patch(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
    expect((await other.patch({ paused: true }, p.hook.id)).status).toBe(404);
    expect((await p.patch({ paused: true }, 'f'.repeat(24))).status).toBe(404);
    expect((await request(api.url).get(`/v1/webhooks/${p.hook.id}`).set(other.auth)).status).toBe(404);
  });

  it('shows what a paused webhook keeps back as held, and pending again once resumed', async () => {
    const p = await newProject();
    await p.patch({ paused: true }).expect(200);
    await p.answer(9);
    const held = await p.log();
    expect(held.items.map((d) => d.status)).toEqual(['held']);
    expect((await p.log({ status: 'held' })).items).toHaveLength(1);
    expect((await p.log({ status: 'pending' })).items).toHaveLength(0);
    await p.patch({ paused: false }).expect(200);
    const resumed = await p.log({ status: 'pending' });
    expect(resumed.items).toHaveLength(1);
    expect(Date.parse(resumed.items[0]!.retryUntil)).toBeGreaterThan(Date.parse(held.items[0]!.retryUntil));
  });
});

describe('the delivery log', () => {
  it('pages newest first with a cursor, without repeats or gaps, while events keep coming', async () => {
    const p = await newProject();
    for (let i = 0; i < 5; i++) await p.answer(i);
    const first = await p.log({ limit: 2 });
    expect(first.items).toHaveLength(2);
    for (let i = 0; i < 3; i++) await p.answer(10);
    const seen = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await p.log({ limit: 2, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    // Rows written in one batch share their time; the id orders them then.
    const keys = seen.map((d) => [d.createdAt, d.id].join(' '));
    expect(keys).toEqual([...keys].sort().reverse());
    expect(seen.map((d) => JSON.parse(d.body).data.score).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses a forged cursor and an unknown status with 400', async () => {
    const p = await newProject();
    const forged = await request(api.url)
      .get(`/v1/webhooks/${p.hook.id}/deliveries`)
      .query({ cursor: 'bm9wZQ' })
      .set(p.auth);
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('invalid_cursor');
    const status = await request(api.url)
      .get(`/v1/webhooks/${p.hook.id}/deliveries`)
      .query({ status: 'lost' })
      .set(p.auth);
    expect(status.status).toBe(400);
  });
});

describe('POST /v1/webhooks/:id/test and …/deliveries/:deliveryId/retry', () => {
  it('queues a webhook.test delivery that the log shows, and refuses one while paused', async () => {
    const p = await newProject();
    const res = await request(api.url).post(`/v1/webhooks/${p.hook.id}/test`).set(p.auth);
    expect(res.status, res.text).toBe(202);
    const queued = WebhookDelivery.parse(res.body);
    expect(queued).toMatchObject({ eventType: 'webhook.test', status: 'pending', attempts: [] });
    expect(JSON.parse(queued.body)).toMatchObject({ type: 'webhook.test', data: { webhookId: p.hook.id } });
    expect((await p.log()).items.map((d) => d.id)).toEqual([queued.id]);
    const one = await request(api.url).get(`/v1/webhooks/${p.hook.id}/deliveries/${queued.id}`).set(p.auth);
    expect(one.body).toEqual(queued);
    const other = await newProject();
    expect(
      (await request(api.url).get(`/v1/webhooks/${other.hook.id}/deliveries/${queued.id}`).set(other.auth))
        .status,
    ).toBe(404);
    expect(
      (await request(api.url).get(`/v1/webhooks/${p.hook.id}/deliveries/msg_nope`).set(p.auth)).status,
    ).toBe(404);

    await p.patch({ paused: true }).expect(200);
    const refused = await request(api.url).post(`/v1/webhooks/${p.hook.id}/test`).set(p.auth);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('webhook_paused');
  });

  it('retries a pending delivery now, refuses delivered, paused and unknown ones', async () => {
    const p = await newProject();
    await p.answer(5);
    const [pending] = (await p.log()).items;
    const retry = (id: string, auth = p.auth) =>
      request(api.url).post(`/v1/webhooks/${p.hook.id}/deliveries/${id}/retry`).set(auth);
    const res = await retry(pending!.id);
    expect(res.status, res.text).toBe(200);
    expect(WebhookDelivery.parse(res.body)).toMatchObject({ id: pending!.id, status: 'pending' });

    await api.server.services.models.Delivery.updateOne(
      { _id: pending!.id },
      { $set: { status: 'delivered' } },
    );
    expect((await retry(pending!.id)).body.error.code).toBe('already_delivered');
    expect((await retry('msg_nope')).status).toBe(404);
    const other = await newProject();
    expect((await retry(pending!.id, other.auth)).status).toBe(404);
    await p.patch({ paused: true }).expect(200);
    await p.answer(6);
    const held = (await p.log({ status: 'held' })).items[0]!;
    expect((await retry(held.id)).body.error.code).toBe('webhook_paused');
  });
});

describe('the audit seam', () => {
  it('tells its listeners who changed which webhook, with the webhook before and after', async () => {
    const changes: WebhookChange[] = [];
    const { models, secrets } = api.server.services;
    const service = createWebhookService(models, {
      allowPrivateNetworks: true,
      secrets,
      listeners: [(change) => void changes.push(change)],
    });
    const project = await api.createProject();
    const hook = await service.createWebhook(
      project.projectId,
      { url: 'https://example.com/h', events: ['response.created'], format: 'standard', filter: {} },
      'ana@example.com',
    );
    await service.updateWebhook(project.projectId, hook.id, { paused: true }, 'ben@example.com');
    await service.deleteWebhook(project.projectId, hook.id, 'api');
    expect(
      changes.map((c) => [c.action, c.actor, c.before?.paused ?? null, c.after?.paused ?? null]),
    ).toEqual([
      ['created', 'ana@example.com', null, false],
      ['updated', 'ben@example.com', false, true],
      ['deleted', 'api', true, null],
    ]);
    expect(JSON.stringify(changes)).not.toContain('whsec_');
  });
});
