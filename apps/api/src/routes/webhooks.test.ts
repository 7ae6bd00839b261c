import { randomUUID } from 'node:crypto';
import { WebhookCreated, WebhookDeliveryList, WebhookList } from '@pulse/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseDoc } from '../db/response.js';
import { startTestApi, type TestApi } from '../testing/index.js';
import { createTeam } from '../testing/team.js';

let api: TestApi;
beforeAll(async () => {
  // The dispatcher stays idle here (one poll at start): these tests read the outbox as written.
  api = await startTestApi({ label: 'webhooks', env: { WEBHOOK_POLL_MS: '3600000' } });
});
afterAll(() => api.close());

async function newProject() {
  const project = await api.createProject();
  const survey = await api.createSurvey(project.apiKey);
  const auth = { Authorization: `Bearer ${project.apiKey}` };
  const create = (body: object) => request(api.url).post('/v1/webhooks').set(auth).send(body);
  async function deliveries(webhookId: string) {
    const res = await request(api.url).get(`/v1/webhooks/${webhookId}/deliveries`).set(auth);
    expect(res.status, res.text).toBe(200);
    return WebhookDeliveryList.parse(res.body).items;
  }
  const answer = (score: number, key?: string) =>
    api.answer(project.publicKey, survey.id, { score, comment: 'it keeps crashing' }, key);
  return { project, survey, auth, create, deliveries, answer };
}

describe('GET /v1/webhooks for roles that may not manage them', () => {
  it('shows agents and viewers only the origin of a URL whose path is its credential; owners all of it', async () => {
    const team = await createTeam(api, 'Slack secrets');
    const slack = 'https://hooks.slack.com/services/T0AAA/B0BBB/abcdefghijklmnopqrstuvwx';
    const created = await request(api.url)
      .post('/v1/webhooks')
      .set(team.key)
      .send({ url: slack, events: ['followup.created'], format: 'slack' });
    expect(created.status, created.text).toBe(201);
    await request(api.url)
      .post('/v1/webhooks')
      .set(team.key)
      .send({ url: 'https://example.com', events: ['response.created'] })
      .expect(201);
    for (const role of ['agent', 'viewer'] as const) {
      const list = WebhookList.parse((await team.as[role].get('/v1/webhooks').expect(200)).body);
      expect(list.items.map((w) => w.url)).toEqual(['https://hooks.slack.com/…', 'https://example.com']);
      const one = await team.as[role].get(`/v1/webhooks/${created.body.id}`).expect(200);
      expect(one.body.url).toBe('https://hooks.slack.com/…');
      expect(JSON.stringify(one.body)).not.toContain('abcdefghijklmnop');
    }
    const owner = await team.as.owner.get(`/v1/webhooks/${created.body.id}`).expect(200);
    expect(owner.body.url).toBe(slack);
  });
});

describe('POST /v1/webhooks', () => {
  it('creates a webhook and shows its whsec_ secret once', async () => {
    const p = await newProject();
    const res = await p.create({
      url: 'https://example.com/hooks',
      events: ['response.created', 'followup.created'],
    });
    expect(res.status, res.text).toBe(201);
    const created = WebhookCreated.parse(res.body);
    expect(created).toMatchObject({ format: 'standard', events: ['response.created', 'followup.created'] });
    expect(Buffer.from(created.secret.slice('whsec_'.length), 'base64')).toHaveLength(32);

    const list = WebhookList.parse((await request(api.url).get('/v1/webhooks').set(p.auth)).body);
    expect(list.items).toEqual([
      {
        id: created.id,
        projectId: created.projectId,
        url: created.url,
        events: created.events,
        format: 'standard',
        filter: {},
        paused: false,
        createdAt: created.createdAt,
        updatedAt: created.createdAt,
      },
    ]);
    expect(JSON.stringify(list)).not.toContain('whsec_');
  });

  it('rejects non-http URLs, unknown or repeated events and unknown keys with 400', async () => {
    const p = await newProject();
    for (const body of [
      { url: 'ftp://example.com', events: ['response.created'] },
      { url: 'javascript:alert(1)', events: ['response.created'] },
      { url: 'https://example.com', events: [] },
      { url: 'https://example.com', events: ['summary.updated'] },
      { url: 'https://example.com', events: ['response.created', 'response.created'] },
      { url: 'https://example.com', events: ['response.created'], format: 'teams' },
      { url: 'https://example.com', events: ['response.created'], secret: 'whsec_mine' },
    ]) {
      const res = await p.create(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
  });

  it('refuses private, loopback and link-local targets unless they are allowed, storing nothing', async () => {
    const strict = await startTestApi({
      label: 'webhooks_strict',
      env: { WEBHOOK_POLL_MS: '3600000', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'false' },
    });
    try {
      const project = await strict.createProject();
      const auth = { Authorization: `Bearer ${project.apiKey}` };
      for (const url of [
        'http://127.0.0.1:8080/hook',
        'http://[::1]/hook',
        'http://169.254.169.254/latest/meta-data',
        'http://localhost:3000/hook',
        'http://10.0.0.7/hook',
      ]) {
        const res = await request(strict.url)
          .post('/v1/webhooks')
          .set(auth)
          .send({ url, events: ['response.created'] });
        expect(res.status, url).toBe(400);
        expect(res.body.error).toMatchObject({
          code: 'invalid_request',
          details: { issues: [{ path: ['url'] }] },
        });
        expect(res.body.error.message).toContain('WEBHOOK_ALLOW_PRIVATE_NETWORKS');
      }
      const list = await request(strict.url).get('/v1/webhooks').set(auth).expect(200);
      expect(WebhookList.parse(list.body).items).toEqual([]);
      await request(strict.url)
        .post('/v1/webhooks')
        .set(auth)
        .send({ url: 'https://hooks.example.com/pulse', events: ['response.created'] })
        .expect(201);
    } finally {
      await strict.close();
    }
  });

  it('needs an API key', async () => {
    expect(
      (
        await request(api.url)
          .post('/v1/webhooks')
          .send({ url: 'https://example.com', events: ['response.created'] })
      ).status,
    ).toBe(401);
  });
});

describe('the outbox', () => {
  it('writes one pending delivery per subscribed event, before any attempt', async () => {
    const p = await newProject();
    const hook = WebhookCreated.parse(
      (await p.create({ url: 'https://example.com/h', events: ['followup.created'] })).body,
    );
    const all = WebhookCreated.parse(
      (await p.create({ url: 'https://example.com/all', events: ['response.created', 'followup.created'] }))
        .body,
    );
    await p.answer(2);
    await p.answer(10);
    const [created] = await p.deliveries(hook.id);
    expect(await p.deliveries(hook.id)).toHaveLength(1);
    expect(created).toMatchObject({
      eventType: 'followup.created',
      status: 'pending',
      attempts: [],
      deliveredAt: null,
    });
    expect(created?.id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(JSON.parse(created?.body ?? '')).toMatchObject({
      type: 'followup.created',
      data: { status: 'open', response: { score: 2 } },
    });
    expect((await p.deliveries(all.id)).map((d) => d.eventType).sort()).toEqual([
      'followup.created',
      'response.created',
      'response.created',
    ]);
  });

  it('never writes a second delivery for a replayed answer or a re-run of the hooks', async () => {
    const p = await newProject();
    const hook = WebhookCreated.parse(
      (await p.create({ url: 'https://example.com/h', events: ['response.created'] })).body,
    );
    const key = randomUUID();
    await Promise.all(Array.from({ length: 10 }, () => p.answer(3, key)));
    await p.answer(3, key);
    const stored = await api.server.services.models.Response.find({ surveyId: p.survey.id }).lean<
      ResponseDoc[]
    >();
    await api.server.services.webhooks.enqueueResponses(stored);
    expect(await p.deliveries(hook.id)).toHaveLength(1);
  });

  it('writes followup.updated for each change of a follow-up', async () => {
    const p = await newProject();
    const hook = WebhookCreated.parse(
      (await p.create({ url: 'https://example.com/h', events: ['followup.updated'], format: 'slack' })).body,
    );
    await p.answer(1);
    const [followUp] = (await request(api.url).get('/v1/followups').set(p.auth)).body.items;
    await request(api.url)
      .patch(`/v1/followups/${followUp.id}`)
      .set(p.auth)
      .send({ version: 0, status: 'in_progress', assignee: 'ana@example.com' })
      .expect(200);
    await request(api.url)
      .patch(`/v1/followups/${followUp.id}`)
      .set(p.auth)
      .send({ version: 1, note: 'called' })
      .expect(200);
    const log = await p.deliveries(hook.id);
    expect(log).toHaveLength(2);
    expect(log.map((d) => JSON.parse(d.body))).toContainEqual({
      text: 'Follow-up on a 1/10 answer is in progress, assigned to ana@example.com',
    });
  });
});

describe('DELETE /v1/webhooks/:id', () => {
  it('deletes it, fails what was pending, and hides it from other projects', async () => {
    const p = await newProject();
    const other = await newProject();
    const hook = WebhookCreated.parse(
      (await p.create({ url: 'https://example.com/h', events: ['response.created'] })).body,
    );
    await p.answer(9);
    expect((await request(api.url).delete(`/v1/webhooks/${hook.id}`).set(other.auth)).status).toBe(404);
    expect((await request(api.url).get(`/v1/webhooks/${hook.id}/deliveries`).set(other.auth)).status).toBe(
      404,
    );

    await request(api.url).delete(`/v1/webhooks/${hook.id}`).set(p.auth).expect(204);
    expect((await request(api.url).get(`/v1/webhooks/${hook.id}/deliveries`).set(p.auth)).status).toBe(404);
    const left = await api.server.services.models.Delivery.find({ webhookId: hook.id }).lean();
    expect(left.map((d) => d.status)).toEqual(['failed']);
    expect((await request(api.url).delete('/v1/webhooks/nope').set(p.auth)).status).toBe(404);
  });
});
