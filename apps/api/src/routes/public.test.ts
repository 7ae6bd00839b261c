import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
let project: Awaited<ReturnType<TestApi['createProject']>>;
let surveyId: string;
const ORIGIN = 'https://shop.example';

beforeAll(async () => {
  api = await startTestApi({ label: 'public' });
  project = await api.createProject({ origins: [ORIGIN] });
  surveyId = (await api.createSurvey(project.apiKey)).id;
});
afterAll(() => api.close());

const answer = (overrides: Record<string, unknown> = {}) => ({
  publicKey: project.publicKey,
  surveyId,
  score: 3,
  comment: 'Too slow',
  locale: 'en',
  ...overrides,
});

const post = (body: unknown, key: string | null = randomUUID()) => {
  const req = request(api.url).post('/v1/public/responses').set('Origin', ORIGIN);
  return key ? req.set('Idempotency-Key', key).send(body as object) : req.send(body as object);
};

describe('GET /v1/public/projects/:publicKey/survey', () => {
  it('returns the active survey config with caching and CORS for the origin', async () => {
    const res = await request(api.url)
      .get(`/v1/public/projects/${project.publicKey}/survey`)
      .set('Origin', ORIGIN);
    expect(res.status).toBe(200);
    expect(res.body.surveyId).toBe(surveyId);
    expect(res.body.texts.en.question).toMatch(/recommend/);
    expect(res.headers['cache-control']).toContain('max-age=60');
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.body).not.toHaveProperty('projectId');
  });

  it('answers 404 project_not_found for an unknown key', async () => {
    const res = await request(api.url).get('/v1/public/projects/pk_nope/survey');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('project_not_found');
  });

  it('answers 404 no_active_survey when every survey is paused', async () => {
    const other = await api.createProject();
    const survey = await api.createSurvey(other.apiKey, { status: 'paused' });
    expect(survey.status).toBe('paused');
    const res = await request(api.url).get(`/v1/public/projects/${other.publicKey}/survey`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('no_active_survey');
  });
});

describe('GET /v1/public/projects/:publicKey/survey?lang', () => {
  /** A project with an English, a Thai and an Arabic survey, changed in that order. */
  async function multilingual() {
    const p = await api.createProject({ origins: [ORIGIN] });
    const english = await api.createSurvey(p.apiKey, { name: 'English' });
    const thai = await api.createSurvey(p.apiKey, {
      name: 'Thai',
      defaultLocale: 'th',
      texts: { th: { question: 'คุณมีแนวโน้มที่จะแนะนำเราแค่ไหน' } },
    });
    const arabic = await api.createSurvey(p.apiKey, {
      name: 'Arabic',
      defaultLocale: 'ar',
      texts: { ar: { question: 'ما مدى احتمال أن توصي بنا؟' } },
    });
    const configFor = async (lang?: string) => {
      const res = await request(api.url)
        .get(`/v1/public/projects/${p.publicKey}/survey`)
        .query(lang === undefined ? {} : { lang });
      expect(res.status, `config for lang=${lang}`).toBe(200);
      return res;
    };
    return { ...p, english, thai, arabic, configFor };
  }

  it("serves the survey in the visitor's language, by primary subtag, first language first", async () => {
    const { english, thai, arabic, configFor } = await multilingual();
    expect((await configFor('th')).body.surveyId).toBe(thai.id);
    expect((await configFor('ar-EG,en')).body.surveyId).toBe(arabic.id);
    expect((await configFor('de,TH-th')).body.surveyId).toBe(thai.id);
    expect((await configFor('en-US')).body.surveyId).toBe(english.id);
    const res = await configFor('ar');
    expect(res.body.texts).toEqual({ ar: { question: 'ما مدى احتمال أن توصي بنا؟' } });
    expect(res.headers['cache-control']).toBe('public, max-age=60');
  });

  it('falls back to the most recently changed active survey, and skips paused ones', async () => {
    const { apiKey, english, thai, arabic, configFor } = await multilingual();
    expect((await configFor('de')).body.surveyId).toBe(arabic.id);
    expect((await configFor()).body.surveyId).toBe(arabic.id);
    expect((await configFor('x-junk,,English')).body.surveyId).toBe(arabic.id);

    const touched = await request(api.url)
      .patch(`/v1/surveys/${english.id}`)
      .set('Authorization', `Bearer ${apiKey}`)
      .send({ name: 'English, renamed' });
    expect(touched.status).toBe(200);
    expect((await configFor('de')).body.surveyId).toBe(english.id);

    const paused = await request(api.url)
      .patch(`/v1/surveys/${thai.id}`)
      .set('Authorization', `Bearer ${apiKey}`)
      .send({ status: 'paused' });
    expect(paused.status).toBe(200);
    expect((await configFor('th')).body.surveyId, 'a paused survey is never served').toBe(english.id);
  });

  it('answers 400 invalid_request for a repeated lang parameter', async () => {
    const res = await request(api.url).get(`/v1/public/projects/${project.publicKey}/survey?lang=ar&lang=th`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
  });
});

describe('POST /v1/public/responses', () => {
  it('stores an answer once: 201 first, 200 with the same body on replay', async () => {
    const key = randomUUID();
    const first = await post(answer(), key);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/), category: 'detractor' });
    const replay = await post(answer(), key);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    const list = await request(api.url)
      .get(`/v1/responses?surveyId=${surveyId}&limit=200`)
      .set('Authorization', `Bearer ${project.apiKey}`);
    expect(list.body.items.filter((i: { id: string }) => i.id === first.body.id)).toHaveLength(1);
  });

  it('answers 409 when a key is reused for a different answer, and keeps the first', async () => {
    const key = randomUUID();
    expect((await post(answer({ score: 9 }), key)).status).toBe(201);
    const conflict = await post(answer({ score: 2 }), key);
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe('idempotency_conflict');
  });

  it('stores one document for 20 parallel posts with one key', async () => {
    const key = randomUUID();
    const before = await api.countResponses(surveyId);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => post(answer({ comment: 'parallel' }), key)),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await api.countResponses(surveyId)).toBe(before + 1);
  });

  it('accepts a sendBeacon-style text/plain body with the key inside', async () => {
    const key = randomUUID();
    const res = await request(api.url)
      .post('/v1/public/responses')
      .set('Origin', ORIGIN)
      .set('Content-Type', 'text/plain;charset=UTF-8')
      .send(JSON.stringify(answer({ idempotencyKey: key, score: 10 })));
    expect(res.status).toBe(201);
    expect(res.body.category).toBe('promoter');
    const replay = await post(answer({ idempotencyKey: key, score: 10 }), key);
    expect(replay.status).toBe(200);
  });

  it.each([
    ['an unknown field', () => answer({ admin: true }), 'invalid_request'],
    ['a $ key', () => answer({ respondent: { traits: { $where: 'x' } } }), 'unsafe_key'],
    ['a dotted key', () => answer({ respondent: { traits: { 'a.b': 1 } } }), 'unsafe_key'],
    ['a score of 11', () => answer({ score: 11 }), 'invalid_request'],
    ['a fractional score', () => answer({ score: 7.5 }), 'invalid_request'],
    ['a too-long comment', () => answer({ comment: 'x'.repeat(2001) }), 'invalid_request'],
    ['a malformed survey id', () => answer({ surveyId: 'nope' }), 'invalid_request'],
    ['an array body', () => [answer()], 'invalid_request'],
    ['a NUL in a trait key', () => answer({ respondent: { traits: { 'pl\u0000an': 'pro' } } }), 'unsafe_key'],
    ['an empty trait key', () => answer({ respondent: { traits: { '': 'x' } } }), 'unsafe_key'],
    ['a 300-character key', () => answer({ respondent: { traits: { ['k'.repeat(300)]: 1 } } }), 'unsafe_key'],
    ['a __proto__ key', () => JSON.parse(`{"__proto__":{"x":1},"score":1}`), 'unsafe_key'],
    ['a NUL in the comment', () => answer({ comment: 'bad\u0000news' }), 'unsafe_value'],
    ['nested arrays', () => answer({ context: { url: [['x']] } }), 'unsafe_value'],
  ])('rejects %s with 400 and stores nothing', async (_name, makeBody, code) => {
    const before = await api.countResponses(surveyId);
    const res = await post(makeBody());
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toEqual(expect.any(String));
    expect(await api.countResponses(surveyId)).toBe(before);
  });

  it('rejects a body nested 5,000 levels deep (30 KB, under the size limit) with 400, on public and team routes', async () => {
    // Built as text: JSON.stringify itself overflows the stack at this depth.
    const deepBody = (levels: number) =>
      `${JSON.stringify(answer()).slice(0, -1)},"context":${'{"d":'.repeat(levels)}1${'}'.repeat(levels + 1)}`;
    const before = await api.countResponses(surveyId);
    const res = await request(api.url)
      .post('/v1/public/responses')
      .set('Content-Type', 'application/json')
      .set('Idempotency-Key', randomUUID())
      .send(deepBody(5_000));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('body_too_complex');
    expect(await api.countResponses(surveyId)).toBe(before);
    const team = await request(api.url)
      .post('/v1/surveys')
      .set('Authorization', `Bearer ${project.apiKey}`)
      .set('Content-Type', 'application/json')
      .send(`{"name":"deep","texts":${'{"d":'.repeat(5_000)}1${'}'.repeat(5_001)}`);
    expect(team.status).toBe(400);
    expect(team.body.error.code).toBe('body_too_complex');
  });

  it('rejects a number JSON cannot hold (1e999 parses to Infinity) with 400 and stores nothing', async () => {
    const before = await api.countResponses(surveyId);
    const res = await request(api.url)
      .post('/v1/public/responses')
      .set('Content-Type', 'application/json')
      .set('Idempotency-Key', randomUUID())
      .send(JSON.stringify(answer()).replace('"score":', '"score":1e999,"x":'));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unsafe_value');
    expect(await api.countResponses(surveyId)).toBe(before);
  });

  it.each([
    ['{"score":', 'The body is not valid JSON.'],
    ['null', 'The body must be a JSON object.'],
  ])('rejects the body %s with 400 invalid_json ("%s") and stores nothing', async (body, message) => {
    const before = await api.countResponses(surveyId);
    const res = await request(api.url)
      .post('/v1/public/responses')
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'invalid_json', message });
    expect(await api.countResponses(surveyId)).toBe(before);
  });

  it('answers a malformed percent-encoding in the path with 400 invalid_path, not 500', async () => {
    for (const key of ['%ZZ', '%E0%A4%A', '%']) {
      const path = `/v1/public/projects/${key}/survey`;
      const res = await request(api.url).get(path);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code, path).toBe('invalid_path');
    }
  });

  it('rejects a body over the size limit with 413', async () => {
    const res = await post(answer({ comment: 'x'.repeat(40_000) }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('body_too_large');
  });

  it('requires an idempotency key that is a UUID', async () => {
    expect((await post(answer(), null)).body.error.code).toBe('idempotency_key_required');
    const bad = await post(answer(), 'not-a-uuid');
    expect(bad.status).toBe(400);
    const mismatch = await post(answer({ idempotencyKey: randomUUID() }), randomUUID());
    expect(mismatch.body.error.code).toBe('idempotency_key_mismatch');
  });

  it('refuses an origin the project does not allow with 403', async () => {
    const res = await request(api.url)
      .post('/v1/public/responses')
      .set('Origin', 'https://evil.example')
      .set('Idempotency-Key', randomUUID())
      .send(answer());
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('origin_not_allowed');
  });

  it('lets the widget read its errors: CORS headers on 4xx raised before the handler too', async () => {
    const badJson = await request(api.url)
      .post('/v1/public/responses')
      .set('Origin', ORIGIN)
      .set('Content-Type', 'application/json')
      .send('{"score":');
    const unsafe = await request(api.url)
      .post('/v1/public/responses')
      .set('Origin', ORIGIN)
      .set('Idempotency-Key', randomUUID())
      .send({ ...answer(), $where: '1' });
    for (const res of [badJson, unsafe]) {
      expect(res.status).toBe(400);
      expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
      expect(res.body.error.code).toBeTruthy();
    }
  });

  it('answers a CORS preflight', async () => {
    const res = await request(api.url)
      .options('/v1/public/responses')
      .set('Origin', ORIGIN)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type,idempotency-key');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-headers']).toMatch(/Idempotency-Key/);
  });

  it('answers 404 for an unknown public key or a survey of another project', async () => {
    expect((await post(answer({ publicKey: 'pk_unknown' }))).body.error.code).toBe('project_not_found');
    const other = await api.createProject();
    const foreign = await api.createSurvey(other.apiKey);
    const res = await post(answer({ surveyId: foreign.id }));
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('survey_not_found');
  });

  it('refuses an answeredAt in the future', async () => {
    const res = await post(answer({ answeredAt: new Date(Date.now() + 3_600_000).toISOString() }));
    expect(res.status).toBe(400);
  });
});
