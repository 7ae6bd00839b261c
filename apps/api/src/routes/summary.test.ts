import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
let project: Awaited<ReturnType<TestApi['createProject']>>;
let surveyId: string;
const auth = () => ({ Authorization: `Bearer ${project.apiKey}` });

const DAY = 86_400_000;
const today = new Date(Math.floor(Date.now() / DAY) * DAY);
const at = (daysAgo: number, hour: number) =>
  new Date(today.getTime() - daysAgo * DAY + hour * 3_600_000).toISOString();

// 2 days ago: 10, 9, 7, 3 · yesterday: 0, 6, 8 · today: 10
const ANSWERS = [
  [10, at(2, 1)],
  [9, at(2, 5)],
  [7, at(2, 5)],
  [3, at(2, 23)],
  [0, at(1, 0)],
  [6, at(1, 12)],
  [8, at(1, 12)],
  [10, at(0, 0)],
] as const;

beforeAll(async () => {
  api = await startTestApi({ label: 'summary' });
  project = await api.createProject();
  surveyId = (await api.createSurvey(project.apiKey)).id;
  await Promise.all(
    ANSWERS.map(([score, answeredAt]) => api.answer(project.publicKey, surveyId, { score, answeredAt })),
  );
});
afterAll(() => api.close());

describe('GET /v1/surveys/:id/summary', () => {
  it('matches hand computation over the whole range', async () => {
    const res = await request(api.url)
      .get(`/v1/surveys/${surveyId}/summary`)
      .query({
        from: new Date(today.getTime() - 3 * DAY).toISOString(),
        to: new Date(today.getTime() + DAY).toISOString(),
      })
      .set(auth());
    expect(res.status).toBe(200);
    // promoters 10, 9, 10 = 3; passives 7, 8 = 2; detractors 3, 0, 6 = 3; n = 8
    expect(res.body).toMatchObject({
      total: 8,
      promoters: 3,
      passives: 2,
      detractors: 3,
      nps: 0,
      bucket: 'day',
    });
    expect(res.body.distribution).toEqual([1, 0, 0, 1, 0, 0, 1, 1, 1, 1, 2]);
    // Var = (3+3)/8 − 0² = 0.75; MoE = 1.96·sqrt(0.75/8)·100
    expect(res.body.marginOfError).toBeCloseTo(1.96 * Math.sqrt(0.75 / 8) * 100, 6);
    expect(res.body.trend.map((p: { total: number }) => p.total)).toEqual([0, 4, 3, 1]);
    expect(res.body.trend[1]).toMatchObject({ promoters: 2, passives: 1, detractors: 1, nps: 25 });
  });

  it('buckets by hour', async () => {
    const from = new Date(today.getTime() - DAY).toISOString();
    const res = await request(api.url)
      .get(`/v1/surveys/${surveyId}/summary`)
      .query({ from, to: today.toISOString(), bucket: 'hour' })
      .set(auth());
    expect(res.body.trend).toHaveLength(24);
    expect(res.body.trend[12]).toMatchObject({ total: 2, detractors: 1, passives: 1, nps: -50 });
    expect(res.body.total).toBe(3);
  });

  it('gives a null NPS and margin of error for an empty period', async () => {
    const res = await request(api.url)
      .get(`/v1/surveys/${surveyId}/summary`)
      .query({ from: '2020-01-01T00:00:00Z', to: '2020-01-03T00:00:00Z' })
      .set(auth());
    expect(res.body).toMatchObject({ total: 0, nps: null, marginOfError: null });
    expect(res.body.trend).toHaveLength(2);
  });

  it.each([
    [{ bucket: 'week' }, 'invalid_request'],
    [{ from: 'yesterday' }, 'invalid_request'],
    [{ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'invalid_request'],
    [{ from: '2000-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z', bucket: 'hour' }, 'range_too_large'],
    [{ extra: '1' }, 'invalid_request'],
  ])('rejects %o with 400', async (query, code) => {
    const res = await request(api.url).get(`/v1/surveys/${surveyId}/summary`).query(query).set(auth());
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
  });
});
