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
    // Adjusted-Wald: n' = 11, p' = d' = 3.75/11, centre 0, var = 7.5/11, se = sqrt(7.5/121):
    // half-width 1.96·sqrt(7.5)/11·100 = 48.80.
    const half = (1.96 * Math.sqrt(7.5) * 100) / 11;
    expect(res.body.marginOfError).toBeCloseTo(half, 6);
    expect(res.body.interval.low).toBeCloseTo(-half, 6);
    expect(res.body.allTime).toEqual({ total: 8, nps: 0 });
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

  it('counts "last 3 days" as today so far and the 2 days before, against the 3 days before that', async () => {
    const res = await request(api.url)
      .get(`/v1/surveys/${surveyId}/summary`)
      .query({ last: 3, bucket: 'day' })
      .set(auth())
      .expect(200);
    expect(res.body.trend).toHaveLength(3);
    expect(res.body.from).toBe(new Date(today.getTime() - 2 * DAY).toISOString());
    expect(res.body.to).toBe(new Date(today.getTime() + DAY).toISOString());
    expect(res.body.total).toBe(8);
    // The previous period ends where this one starts: no answer is counted in both.
    expect(res.body.comparison.previous).toMatchObject({
      from: new Date(today.getTime() - 5 * DAY).toISOString(),
      to: res.body.from,
      total: 0,
      nps: null,
      interval: null,
    });
    expect(res.body.comparison).toMatchObject({ difference: null, verdict: 'too_few', minAnswers: 10 });
  });

  it('never counts the answer at the start of the period in the previous one', async () => {
    // Yesterday (3 answers: 0, 6, 8) against the day before (10, 9, 7, 3).
    const res = await request(api.url)
      .get(`/v1/surveys/${surveyId}/summary`)
      .query({ from: at(1, 0), to: today.toISOString() })
      .set(auth())
      .expect(200);
    expect(res.body).toMatchObject({ total: 3, nps: -200 / 3 });
    expect(res.body.trend).toHaveLength(1);
    expect(res.body.comparison.previous).toMatchObject({ total: 4, nps: 25 });
    expect(res.body.comparison.difference).toBeCloseTo(-200 / 3 - 25, 10);
    expect(res.body.comparison.interval.low).toBeLessThan(res.body.comparison.interval.high);
    // Far below the minimum sample: no verdict, however large the change looks.
    expect(res.body.comparison.verdict).toBe('too_few');
  });

  it('compares a filtered period with the same filter over the previous one', async () => {
    const res = await request(api.url)
      .get(`/v1/surveys/${surveyId}/summary`)
      .query({ from: at(1, 0), to: today.toISOString(), category: 'detractor' })
      .set(auth())
      .expect(200);
    expect(res.body).toMatchObject({ total: 2, nps: -100 });
    expect(res.body.comparison.previous).toMatchObject({ total: 1, nps: -100 });
    // Unanimous detractors are not "± 0": the interval is wide and within the scale.
    expect(res.body.interval.low).toBe(-100);
    expect(res.body.interval.high).toBeGreaterThan(-60);
    expect(res.body.allTime).toEqual({ total: 8, nps: 0 });
  });

  it('offers every language answered in the period as a filter, not only those on one page', async () => {
    const other = await api.createSurvey(project.apiKey, { name: 'Languages' });
    for (const locale of ['pt', 'th', 'tl', 'de'])
      await api.answer(project.publicKey, other.id, { score: 9, locale });
    const res = await request(api.url)
      .get(`/v1/surveys/${other.id}/filter-options`)
      .query({ from: new Date(today.getTime() - DAY).toISOString() })
      .set(auth())
      .expect(200);
    // en and es from the survey's texts.
    expect(res.body.locales).toEqual(['de', 'en', 'es', 'pt', 'th', 'tl']);
  });

  it.each([
    [{ from: '2026-01-01T00:00:00Z', last: 3 }, 'invalid_request'],
    [{ last: 0 }, 'invalid_request'],
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
