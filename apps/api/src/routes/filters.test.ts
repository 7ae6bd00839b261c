import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
let project: Awaited<ReturnType<TestApi['createProject']>>;
let surveyId: string;
const auth = () => ({ Authorization: `Bearer ${project.apiKey}` });

const ANSWERS = [
  { score: 10, locale: 'en', plan: 'pro' },
  { score: 9, locale: 'en', plan: 'enterprise' },
  { score: 2, locale: 'es', plan: 'enterprise' },
  { score: 7, locale: 'es', plan: 'pro' },
  { score: 0, locale: 'en', plan: 'enterprise' },
];

beforeAll(async () => {
  api = await startTestApi({ label: 'filters' });
  project = await api.createProject();
  surveyId = (await api.createSurvey(project.apiKey)).id;
  for (const a of ANSWERS) {
    await api.answer(project.publicKey, surveyId, {
      score: a.score,
      locale: a.locale,
      respondent: { id: randomUUID(), traits: { plan: a.plan, seats: 5 } },
    });
  }
});
afterAll(() => api.close());

describe('filters on summary, responses and CSV', () => {
  it('counts a filtered summary from the answers, matching the unfiltered one when the filter keeps everything', async () => {
    const all = await request(api.url).get(`/v1/surveys/${surveyId}/summary`).set(auth()).expect(200);
    const keepAll = await request(api.url)
      .get(`/v1/surveys/${surveyId}/summary`)
      .query({ trait: 'seats=5' })
      .set(auth())
      .expect(200);
    expect(keepAll.body.distribution).toEqual(all.body.distribution);
    expect(keepAll.body.trend.length).toBe(all.body.trend.length);
    expect(keepAll.body.nps).toBeCloseTo(all.body.nps, 9);
  });

  it('filters by locale and trait together', async () => {
    const res = await request(api.url)
      .get(`/v1/surveys/${surveyId}/summary`)
      .query({
        locale: 'en',
        trait: 'plan=enterprise',
        bucket: 'hour',
        from: new Date(Date.now() - 86_400_000).toISOString(),
      })
      .set(auth())
      .expect(200);
    expect(res.body).toMatchObject({ total: 2, promoters: 1, detractors: 1, nps: 0 });
    expect(res.body.trend.reduce((n: number, p: { total: number }) => n + p.total, 0)).toBe(2);
  });

  it('filters the feed and the CSV the same way', async () => {
    const list = await request(api.url)
      .get('/v1/responses')
      .query({ surveyId, category: 'detractor', locale: 'es' })
      .set(auth())
      .expect(200);
    expect(list.body.items.map((i: { score: number }) => i.score)).toEqual([2]);
    const csv = await request(api.url)
      .get('/v1/responses.csv')
      .query({ surveyId, trait: 'plan=pro' })
      .set(auth())
      .expect(200);
    expect(csv.text.trim().split('\n')).toHaveLength(3);
  });

  it('rejects a malformed trait filter', async () => {
    const res = await request(api.url)
      .get(`/v1/surveys/${surveyId}/summary`)
      .query({ trait: '$where=1' })
      .set(auth());
    expect(res.status).toBe(400);
  });
});
