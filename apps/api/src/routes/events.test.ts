import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
let a: Awaited<ReturnType<TestApi['createProject']>>;
let b: Awaited<ReturnType<TestApi['createProject']>>;
let surveyA: string;

const answer = (project: { publicKey: string }, surveyId: string, score: number) =>
  api.answer(project.publicKey, surveyId, { score });

beforeAll(async () => {
  api = await startTestApi({ label: 'events' });
  a = await api.createProject();
  b = await api.createProject();
  surveyA = (await api.createSurvey(a.apiKey)).id;
  const surveyB = (await api.createSurvey(b.apiKey)).id;
  // Promoters only, so no follow-up events join the stream. Settling after each
  // answer keeps one derived batch per answer: one response.created + one summary.updated.
  for (const score of [7, 8, 9, 10, 9]) {
    await answer(a, surveyA, score);
    await api.server.services.ingest.settle();
  }
  await answer(b, surveyB, 10);
});
afterAll(() => api.close());

describe('GET /v1/events', () => {
  it("returns a project's events after an id, in id order, and only its own", async () => {
    const res = await request(api.url)
      .get('/v1/events')
      .query({ after: 0 })
      .set('Authorization', `Bearer ${a.apiKey}`)
      .expect(200);
    const ids = res.body.items.map((e: { eventId: number }) => e.eventId);
    // Each sequential answer is one response.created and one summary.updated.
    expect(ids).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(res.body.items.every((e: { projectId: string }) => e.projectId === a.projectId)).toBe(true);
    expect(res.body).toMatchObject({ hasMore: false, complete: true, lastEventId: 10 });
    const scores = res.body.items
      .filter((e: { type: string }) => e.type === 'response.created')
      .map((e: { response: { score: number } }) => e.response.score);
    expect(scores).toEqual([7, 8, 9, 10, 9]);
  });

  it('bounds a page and says there is more', async () => {
    const res = await request(api.url)
      .get('/v1/events')
      .query({ after: 3, limit: 4 })
      .set('Authorization', `Bearer ${a.apiKey}`)
      .expect(200);
    expect(res.body.items.map((e: { eventId: number }) => e.eventId)).toEqual([4, 5, 6, 7]);
    expect(res.body.hasMore).toBe(true);
  });

  it('says the history is incomplete when events were pruned', async () => {
    await api.server.services.models.Event.deleteMany({ _id: new RegExp(`^${a.projectId}:0+[12]$`) });
    const res = await request(api.url)
      .get('/v1/events')
      .query({ after: 0 })
      .set('Authorization', `Bearer ${a.apiKey}`)
      .expect(200);
    expect(res.body.complete).toBe(false);
    expect(res.body.items[0].eventId).toBe(3);
  });

  it('rejects a missing or negative after with 400', async () => {
    for (const query of [{}, { after: -1 }, { after: 'x' }]) {
      expect(
        (await request(api.url).get('/v1/events').query(query).set('Authorization', `Bearer ${a.apiKey}`))
          .status,
      ).toBe(400);
    }
  });
});
