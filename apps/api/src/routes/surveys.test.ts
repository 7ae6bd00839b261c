import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SURVEY } from '../seed/demo.js';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
let project: Awaited<ReturnType<TestApi['createProject']>>;
const auth = () => ({ Authorization: `Bearer ${project.apiKey}` });

beforeAll(async () => {
  api = await startTestApi({ label: 'surveys' });
  project = await api.createProject();
});
afterAll(() => api.close());

describe('API key authentication', () => {
  it('answers 401 with a JSON error when the key is missing', async () => {
    const res = await request(api.url).get('/v1/surveys');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it('answers 401 for a wrong key', async () => {
    const res = await request(api.url).get('/v1/surveys').set('Authorization', 'Bearer sk_wrong');
    expect(res.status).toBe(401);
  });
});

describe('surveys CRUD', () => {
  it('creates a survey with defaults, reads, lists, changes and deletes it', async () => {
    const created = await request(api.url)
      .post('/v1/surveys')
      .set(auth())
      .send({ name: 'Onboarding', texts: { en: { question: 'How likely…?' } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Onboarding',
      status: 'active',
      defaultLocale: 'en',
      version: 0,
      throttle: { minDaysBetweenAsks: 90, sampleRate: 1 },
      appearance: { brandColor: '#5b54f0' },
    });
    const id = created.body.id as string;

    expect((await request(api.url).get(`/v1/surveys/${id}`).set(auth())).body.name).toBe('Onboarding');
    const list = await request(api.url).get('/v1/surveys').set(auth());
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(id);

    const patched = await request(api.url)
      .patch(`/v1/surveys/${id}`)
      .set(auth())
      .send({ status: 'paused', version: 0 });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ status: 'paused', version: 1 });

    expect((await request(api.url).delete(`/v1/surveys/${id}`).set(auth())).status).toBe(204);
    expect((await request(api.url).get(`/v1/surveys/${id}`).set(auth())).status).toBe(404);
  });

  it('refuses a change made against a stale version with 409', async () => {
    const { id } = (await request(api.url).post('/v1/surveys').set(auth()).send(DEMO_SURVEY)).body;
    await request(api.url).patch(`/v1/surveys/${id}`).set(auth()).send({ name: 'A', version: 0 });
    const stale = await request(api.url)
      .patch(`/v1/surveys/${id}`)
      .set(auth())
      .send({ name: 'B', version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { currentVersion: 1 } });
    expect((await request(api.url).get(`/v1/surveys/${id}`).set(auth())).body.name).toBe('A');
  });

  it('lets exactly one of several simultaneous changes to one version win', async () => {
    const { id } = (await request(api.url).post('/v1/surveys').set(auth()).send(DEMO_SURVEY)).body;
    const names = ['P1', 'P2', 'P3', 'P4', 'P5'];
    const results = await Promise.all(
      names.map((name) => request(api.url).patch(`/v1/surveys/${id}`).set(auth()).send({ name, version: 0 })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const stored = (await request(api.url).get(`/v1/surveys/${id}`).set(auth())).body;
    expect(stored).toMatchObject({ version: 1, name: results.find((r) => r.status === 200)?.body.name });
  });

  it.each([
    ['no texts', { name: 'x', texts: {} }],
    ['an unknown field', { ...DEMO_SURVEY, owner: 'me' }],
    ['a bad colour', { ...DEMO_SURVEY, appearance: { brandColor: 'red' } }],
    ['a default locale without texts', { ...DEMO_SURVEY, defaultLocale: 'fr' }],
    ['a sample rate above 1', { ...DEMO_SURVEY, throttle: { sampleRate: 2 } }],
    ['a $ key', { ...DEMO_SURVEY, texts: { en: { question: 'q', $set: 1 } } }],
  ])('rejects a survey with %s with 400', async (_name, body) => {
    const res = await request(api.url).post('/v1/surveys').set(auth()).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toEqual(expect.any(String));
  });

  it("hides another project's surveys (404, not 403)", async () => {
    const other = await api.createProject();
    const foreign = await api.createSurvey(other.apiKey);
    expect((await request(api.url).get(`/v1/surveys/${foreign.id}`).set(auth())).status).toBe(404);
    expect(
      (await request(api.url).patch(`/v1/surveys/${foreign.id}`).set(auth()).send({ name: 'x' })).status,
    ).toBe(404);
    expect((await request(api.url).get('/v1/surveys/not-an-id').set(auth())).status).toBe(404);
  });
});
