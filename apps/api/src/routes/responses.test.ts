import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
let project: Awaited<ReturnType<TestApi['createProject']>>;
let surveyId: string;
const auth = () => ({ Authorization: `Bearer ${project.apiKey}` });

beforeAll(async () => {
  api = await startTestApi({ label: 'responses' });
  project = await api.createProject();
  surveyId = (await api.createSurvey(project.apiKey)).id;
  // Sequential, so arrival order (createdAt) is known.
  for (let i = 0; i < 7; i++) {
    await api.answer(project.publicKey, surveyId, {
      score: i % 2 === 0 ? 2 : 10,
      comment: i === 3 ? '=HYPERLINK("x")' : `answer ${i}`,
    });
  }
});
afterAll(() => api.close());

describe('GET /v1/responses', () => {
  it('pages newest first with a cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await request(api.url)
        .get('/v1/responses')
        .query({ surveyId, limit: 3, ...(cursor ? { cursor } : {}) })
        .set(auth());
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: { comment: string }) => i.comment));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      'answer 6',
      'answer 5',
      'answer 4',
      '=HYPERLINK("x")',
      'answer 2',
      'answer 1',
      'answer 0',
    ]);
  });

  it('filters by category', async () => {
    const res = await request(api.url)
      .get('/v1/responses')
      .query({ surveyId, category: 'promoter' })
      .set(auth());
    expect(res.body.items).toHaveLength(3);
    expect(res.body.items.every((i: { category: string }) => i.category === 'promoter')).toBe(true);
  });

  it('rejects a forged cursor and a bad limit with 400', async () => {
    expect(
      (await request(api.url).get('/v1/responses').query({ surveyId, cursor: 'abc' }).set(auth())).body.error
        .code,
    ).toBe('invalid_cursor');
    expect(
      (await request(api.url).get('/v1/responses').query({ surveyId, limit: 0 }).set(auth())).status,
    ).toBe(400);
    expect((await request(api.url).get('/v1/responses').set(auth())).status).toBe(400);
  });

  it("answers 404 for another project's survey", async () => {
    const other = await api.createProject();
    const res = await request(api.url)
      .get('/v1/responses')
      .query({ surveyId })
      .set('Authorization', `Bearer ${other.apiKey}`);
    expect(res.status).toBe(404);
  });
});

describe('GET /v1/responses.csv', () => {
  it('streams every answer as CSV with a header and neutralised formulas', async () => {
    const res = await request(api.url).get('/v1/responses.csv').query({ surveyId }).set(auth());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain(`responses-${surveyId}.csv`);
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toBe(
      'id,createdAt,answeredAt,score,category,comment,locale,respondentId,traits,url,priority,themes,churnRisk,followUpStatus',
    );
    expect(lines).toHaveLength(8);
    expect(res.text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("carries each answer's classification and its follow-up status", async () => {
    const project2 = await api.createProject();
    const survey2 = (await api.createSurvey(project2.apiKey)).id;
    const churn = await api.answer(project2.publicKey, survey2, {
      score: 1,
      comment: 'Too expensive, I am going to cancel',
      locale: 'en',
    });
    await api.answer(project2.publicKey, survey2, { score: 10, comment: 'Great', locale: 'en' });
    const key = { Authorization: `Bearer ${project2.apiKey}` };
    await request(api.url)
      .patch(`/v1/followups/${churn.id}`)
      .set(key)
      .send({ version: 0, status: 'resolved' })
      .expect(200);
    const res = await request(api.url)
      .get('/v1/responses.csv')
      .query({ surveyId: survey2 })
      .set(key)
      .expect(200);
    const rows = res.text
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const detractor = rows.find((r) => r[0] === churn.id)!;
    const promoter = rows.find((r) => r[0] !== churn.id)!;
    const listed = await request(api.url)
      .get('/v1/responses')
      .query({ surveyId: survey2 })
      .set(key)
      .expect(200);
    const { classification } = listed.body.items.find((i: { id: string }) => i.id === churn.id);
    // priority, themes, churnRisk, followUpStatus are the last four columns.
    expect(detractor.slice(-4)).toEqual([
      classification.priority,
      classification.themes.join(' '),
      String(classification.churnRisk),
      'resolved',
    ]);
    expect(promoter.slice(-2)).toEqual(['false', '']);
  });
});
