import { randomUUID } from 'node:crypto';
import { ResponseDetail, type ResponseItem, ResponsePage } from '@pulse/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'explorer' });
});
afterAll(() => api.close());

type Answer = Parameters<TestApi['answer']>[2];

async function newSurvey(answers: Answer[]) {
  const project = await api.createProject();
  const survey = await api.createSurvey(project.apiKey);
  const auth = { Authorization: `Bearer ${project.apiKey}` };
  const ids: string[] = [];
  // One at a time, so that the order they were stored in is known.
  for (const a of answers) ids.push((await api.answer(project.publicKey, survey.id, a)).id);
  const list = async (query: Record<string, string | number | boolean> = {}) => {
    const res = await request(api.url)
      .get('/v1/responses')
      .query({ surveyId: survey.id, ...query })
      .set(auth);
    expect(res.status, res.text).toBe(200);
    return ResponsePage.parse(res.body);
  };
  const comments = async (query: Record<string, string | number | boolean>) =>
    (await list(query)).items.map((i: ResponseItem) => i.comment);
  return { project, survey, auth, ids, list, comments };
}

const COMMENTS: Answer[] = [
  { score: 2, comment: 'The app CRASHES at checkout', locale: 'en', respondent: { traits: { plan: 'pro' } } },
  {
    score: 9,
    comment: 'Très rapide, merci',
    locale: 'fr',
    respondent: { traits: { plan: 'free', seats: 12 } },
  },
  { score: 3, comment: 'แอปช้ามากและค้างบ่อย', locale: 'th', respondent: { traits: { vip: true } } },
  {
    score: 1,
    comment: 'الخدمةُ سيّئةٌ وأريد إلغاء الاشتراك',
    locale: 'ar',
    respondent: { traits: { plan: 'pro' } },
  },
  { score: 10, locale: 'en', respondent: { traits: { seats: 3 } } },
  { score: 7, comment: 'Too expensive', locale: 'en' },
];

describe('GET /v1/responses: search and filters', () => {
  let s: Awaited<ReturnType<typeof newSurvey>>;
  beforeAll(async () => {
    s = await newSurvey(COMMENTS);
  });

  it('finds an answer by a word of its comment, whatever its case and accents', async () => {
    expect(await s.comments({ q: 'crash' })).toEqual(['The app CRASHES at checkout']);
    expect(await s.comments({ q: 'CHECKOUT app' })).toEqual(['The app CRASHES at checkout']);
    expect(await s.comments({ q: 'tres RAPIDE' })).toEqual(['Très rapide, merci']);
    expect(await s.comments({ q: 'crash login' })).toEqual([]);
  });

  it('finds a Thai answer by a word inside its unspaced sentence, and an Arabic one without its harakat', async () => {
    expect(await s.comments({ q: 'ค้าง' })).toEqual(['แอปช้ามากและค้างบ่อย']);
    expect(await s.comments({ q: 'الخدمة سيئة' })).toEqual(['الخدمةُ سيّئةٌ وأريد إلغاء الاشتراك']);
    expect(await s.comments({ q: 'الغاء' })).toEqual(['الخدمةُ سيّئةٌ وأريد إلغاء الاشتراك']);
  });

  it('finds answers by a trait, as text, number or boolean', async () => {
    expect(await s.comments({ trait: 'plan=pro' })).toEqual([
      'الخدمةُ سيّئةٌ وأريد إلغاء الاشتراك',
      'The app CRASHES at checkout',
    ]);
    expect(await s.comments({ trait: 'seats=12' })).toEqual(['Très rapide, merci']);
    expect(await s.comments({ trait: 'seats=3.0' })).toEqual([null]);
    expect(await s.comments({ trait: 'vip=true' })).toEqual(['แอปช้ามากและค้างบ่อย']);
    expect(await s.comments({ trait: 'plan=enterprise' })).toEqual([]);
  });

  it('filters by category, language, theme, churn risk and comment, together too', async () => {
    expect((await s.list({ category: 'detractor' })).items.map((i) => i.score)).toEqual([1, 3, 2]);
    expect(await s.comments({ locale: 'fr' })).toEqual(['Très rapide, merci']);
    expect(await s.comments({ theme: 'price' })).toEqual(['Too expensive']);
    expect(await s.comments({ churnRisk: true })).toEqual(['الخدمةُ سيّئةٌ وأريد إلغاء الاشتراك']);
    expect((await s.list({ churnRisk: false })).items).toHaveLength(5);
    expect(await s.comments({ hasComment: false })).toEqual([null]);
    expect((await s.list({ hasComment: true })).items).toHaveLength(5);
    expect(await s.comments({ category: 'detractor', locale: 'en', q: 'app' })).toEqual([
      'The app CRASHES at checkout',
    ]);
  });

  it('filters by the period the answers were given in, [from, to)', async () => {
    const project = await api.createProject();
    const survey = await api.createSurvey(project.apiKey);
    const day = (d: number) => new Date(Date.UTC(2025, 0, d, 12)).toISOString();
    for (const d of [1, 5, 9])
      await api.answer(project.publicKey, survey.id, { score: 8, answeredAt: day(d) });
    const res = await request(api.url)
      .get('/v1/responses')
      .query({ surveyId: survey.id, from: day(5), to: day(9) })
      .set({ Authorization: `Bearer ${project.apiKey}` })
      .expect(200);
    expect(res.body.items.map((i: ResponseItem) => i.answeredAt)).toEqual([day(5)]);
  });

  it('refuses filters it cannot apply with 400', async () => {
    for (const query of [
      { q: '   ' },
      { q: '\u0301\u0301' },
      { q: 'x'.repeat(201) },
      { churnRisk: 'yes' },
      { hasComment: '1' },
      { theme: 'weather' },
      { trait: 'plan' },
      { locale: 'english' },
      { from: 'yesterday' },
      { sort: 'score' },
      { limit: 500 },
    ]) {
      const res = await request(api.url)
        .get('/v1/responses')
        .query({ surveyId: s.survey.id, ...query })
        .set(s.auth);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
    const forged = await request(api.url)
      .get('/v1/responses')
      .query({
        surveyId: s.survey.id,
        cursor: Buffer.from('2025-01-01T00:00:00.000Z|x').toString('base64url'),
      })
      .set(s.auth);
    expect(forged.body.error.code).toBe('invalid_cursor');
  });
});

describe('GET /v1/responses: paging', () => {
  it('pages without repeats or gaps while new answers keep arriving', async () => {
    const s = await newSurvey(Array.from({ length: 9 }, (_, i) => ({ score: i, comment: `first ${i}` })));
    const seen: string[] = [];
    let page = await s.list({ limit: 2 });
    for (;;) {
      seen.push(...page.items.map((i) => i.comment ?? ''));
      expect(page.workLimitReached).toBe(false);
      // A newer answer arrives between every two pages.
      await api.answer(s.project.publicKey, s.survey.id, { score: 10, comment: 'later' });
      if (!page.nextCursor) break;
      expect(page.searchedBackTo).toBe(page.items.at(-1)?.createdAt);
      page = await s.list({ limit: 2, cursor: page.nextCursor });
    }
    expect(seen).toEqual(Array.from({ length: 9 }, (_, i) => `first ${8 - i}`));
    expect(page.searchedBackTo).toBeNull();
    expect((await s.list({ q: 'later' })).items).toHaveLength(5);
  });
});

describe('GET /v1/responses/:id', () => {
  it('shows an answer with its classification, traits, page and follow-up', async () => {
    const s = await newSurvey([
      {
        score: 1,
        comment: 'I am going to cancel',
        respondent: { id: 'u-1', traits: { plan: 'pro' } },
        context: { url: 'https://shop.example/checkout' },
      },
      { score: 10 },
    ]);
    const [detractorId, promoterId] = s.ids;
    const res = await request(api.url).get(`/v1/responses/${detractorId}`).set(s.auth).expect(200);
    const detail = ResponseDetail.parse(res.body);
    expect(detail).toMatchObject({
      score: 1,
      respondent: { id: 'u-1', traits: { plan: 'pro' } },
      context: { url: 'https://shop.example/checkout' },
      classification: { churnRisk: true, priority: 'urgent' },
      followUp: { id: detractorId, status: 'open', assignee: null },
    });
    const promoter = await request(api.url).get(`/v1/responses/${promoterId}`).set(s.auth).expect(200);
    expect(promoter.body.followUp).toBeNull();

    const other = await api.createProject();
    const foreign = await request(api.url)
      .get(`/v1/responses/${detractorId}`)
      .set({ Authorization: `Bearer ${other.apiKey}` });
    expect(foreign.status).toBe(404);
    expect((await request(api.url).get('/v1/responses/nope').set(s.auth)).status).toBe(404);
  });
});

describe('GET /v1/respondents/:respondentId/responses', () => {
  it("lists one respondent's answers across the project's surveys, newest first, page by page", async () => {
    const project = await api.createProject();
    const first = await api.createSurvey(project.apiKey);
    const second = await api.createSurvey(project.apiKey, { name: 'Second' });
    const who = `anna/${randomUUID()}@example.com ü`;
    const ids: string[] = [];
    for (const [survey, score] of [
      [first, 3],
      [second, 6],
      [first, 9],
    ] as const) {
      ids.push((await api.answer(project.publicKey, survey.id, { score, respondent: { id: who } })).id);
      await api.answer(project.publicKey, survey.id, { score: 5, respondent: { id: 'someone else' } });
    }
    const auth = { Authorization: `Bearer ${project.apiKey}` };
    const timeline = (query: Record<string, string | number> = {}) =>
      request(api.url)
        .get(`/v1/respondents/${encodeURIComponent(who)}/responses`)
        .query(query)
        .set(auth);

    const all = await timeline().expect(200);
    expect(all.body).toMatchObject({ respondentId: who, truncated: false, nextCursor: null });
    expect(all.body.items.map((i: ResponseItem) => [i.id, i.surveyId])).toEqual([
      [ids[2], first.id],
      [ids[1], second.id],
      [ids[0], first.id],
    ]);
    const page1 = await timeline({ limit: 2 }).expect(200);
    const page2 = await timeline({ limit: 2, cursor: page1.body.nextCursor }).expect(200);
    expect([...page1.body.items, ...page2.body.items].map((i: ResponseItem) => i.id)).toEqual(
      [...ids].reverse(),
    );
    expect(page2.body.nextCursor).toBeNull();

    const other = await api.createProject();
    const foreign = await request(api.url)
      .get(`/v1/respondents/${encodeURIComponent(who)}/responses`)
      .set({ Authorization: `Bearer ${other.apiKey}` })
      .expect(200);
    expect(foreign.body.items).toEqual([]);
    const tooLong = await request(api.url)
      .get(`/v1/respondents/${'x'.repeat(201)}/responses`)
      .set(auth);
    expect(tooLong.status).toBe(400);
  });
});

describe('GET /v1/responses.csv', () => {
  it('exports exactly the answers the list shows for the same filters', async () => {
    const s = await newSurvey([...COMMENTS, ...COMMENTS]);
    const queries: Record<string, string | boolean>[] = [
      { trait: 'plan=pro' },
      { q: 'ค้าง' },
      { category: 'promoter' },
      { churnRisk: false },
    ];
    for (const query of queries) {
      const shown = (await s.list(query)).items.map((i) => i.id);
      const csv = await request(api.url)
        .get('/v1/responses.csv')
        .query({ surveyId: s.survey.id, ...query })
        .set(s.auth)
        .expect(200);
      const rows = csv.text.trim().split('\n').slice(1);
      expect(
        rows.map((r) => r.slice(0, 24)),
        JSON.stringify(query),
      ).toEqual(shown);
    }
  });
});
