import { WebhookCreated, WebhookDeliveryList } from '@pulse/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
beforeAll(async () => {
  // The dispatcher stays idle: these tests read the outbox as written.
  api = await startTestApi({ label: 'webhook_filters', env: { WEBHOOK_POLL_MS: '3600000' } });
});
afterAll(() => api.close());

async function newProject() {
  const project = await api.createProject();
  const survey = await api.createSurvey(project.apiKey);
  const auth = { Authorization: `Bearer ${project.apiKey}` };
  async function hook(body: object) {
    const res = await request(api.url).post('/v1/webhooks').set(auth).send(body);
    expect(res.status, res.text).toBe(201);
    return WebhookCreated.parse(res.body);
  }
  async function bodies(webhookId: string) {
    const res = await request(api.url).get(`/v1/webhooks/${webhookId}/deliveries`).set(auth).expect(200);
    return WebhookDeliveryList.parse(res.body).items.map((d) => JSON.parse(d.body));
  }
  const answer = (score: number, comment: string) =>
    api.answer(project.publicKey, survey.id, { score, comment, locale: 'en' });
  return { auth, hook, bodies, answer };
}

describe('webhook filters', () => {
  it('writes deliveries only for detractors when asked, and none at all for the others', async () => {
    const p = await newProject();
    const hook = await p.hook({
      url: 'https://example.com/h',
      events: ['response.created'],
      filter: { categories: ['detractor'] },
    });
    expect(hook.filter).toEqual({ categories: ['detractor'] });
    await p.answer(2, 'slow');
    await p.answer(10, 'great');
    await p.answer(7, 'fine');
    const bodies = await p.bodies(hook.id);
    expect(bodies.map((b) => b.data.score)).toEqual([2]);
    const stored = await api.server.services.models.Delivery.countDocuments({ webhookId: hook.id });
    expect(stored).toBe(1);
  });

  it('filters on churn risk, minimum priority and themes, all of them together', async () => {
    const p = await newProject();
    const churn = await p.hook({
      url: 'https://example.com/churn',
      events: ['response.created'],
      filter: { churnRisk: true },
    });
    const high = await p.hook({
      url: 'https://example.com/high',
      events: ['followup.created'],
      filter: { minPriority: 'high' },
    });
    const price = await p.hook({
      url: 'https://example.com/price',
      events: ['response.created'],
      filter: { themes: ['price', 'billing'], categories: ['detractor', 'passive'] },
    });
    await p.answer(3, 'I am going to cancel my subscription');
    await p.answer(6, 'meh'); // a detractor of normal priority, no theme
    await p.answer(8, 'Too expensive for what it does');
    await p.answer(10, 'Too expensive but I love it');
    expect((await p.bodies(churn.id)).map((b) => b.data.score)).toEqual([3]);
    expect((await p.bodies(high.id)).map((b) => b.data.priority)).toEqual(['urgent']);
    expect((await p.bodies(price.id)).map((b) => b.data.score)).toEqual([8]);
  });

  it('refuses filters it cannot apply with 400, naming the field', async () => {
    const p = await newProject();
    for (const filter of [
      { categories: [] },
      { categories: ['detractor', 'detractor'] },
      { categories: ['angry'] },
      { churnRisk: false },
      { minPriority: 'critical' },
      { themes: ['weather'] },
      { score: 3 },
      'detractors',
    ]) {
      const res = await request(api.url)
        .post('/v1/webhooks')
        .set(p.auth)
        .send({ url: 'https://example.com/h', events: ['response.created'], filter });
      expect(res.status, JSON.stringify(filter)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(JSON.stringify(res.body.error.details)).toContain('filter');
    }
  });
});
