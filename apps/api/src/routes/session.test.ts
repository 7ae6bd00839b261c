import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
let a: Awaited<ReturnType<TestApi['createProject']>>;
let b: Awaited<ReturnType<TestApi['createProject']>>;
let surveyA: string;
let surveyB: string;
const PASSWORD = 'correct horse battery staple';
const csrf = { 'X-Pulse-CSRF': '1' };

async function signIn(email: string, password = PASSWORD) {
  const agent = request.agent(api.url);
  const res = await agent.post('/v1/session').set(csrf).send({ email, password });
  expect(res.status, `sign-in of ${email}: ${JSON.stringify(res.body)}`).toBe(201);
  return agent;
}

beforeAll(async () => {
  api = await startTestApi({ label: 'session' });
  a = await api.createProject({ name: 'A' });
  b = await api.createProject({ name: 'B' });
  surveyA = (await api.createSurvey(a.apiKey, { name: 'Survey A' })).id;
  surveyB = (await api.createSurvey(b.apiKey, { name: 'Survey B' })).id;
  const { members } = api.server.services;
  await members.addMember({
    projectId: a.projectId,
    email: 'Agent@A.test',
    role: 'agent',
    password: PASSWORD,
  });
  await members.addMember({
    projectId: a.projectId,
    email: 'owner@a.test',
    role: 'owner',
    password: PASSWORD,
  });
  await members.addMember({
    projectId: a.projectId,
    email: 'viewer@a.test',
    role: 'viewer',
    password: PASSWORD,
  });
  await members.addMember({
    projectId: a.projectId,
    email: 'both@x.test',
    role: 'agent',
    password: PASSWORD,
  });
  await members.addMember({ projectId: b.projectId, email: 'both@x.test', role: 'viewer' });
});
afterAll(() => api.close());

describe('POST /v1/session', () => {
  it('signs in with an httpOnly SameSite=Lax cookie and stores only an argon2id hash of the password', async () => {
    const res = await request(api.url)
      .post('/v1/session')
      .set(csrf)
      .send({ email: 'agent@a.test', password: PASSWORD });
    expect(res.status).toBe(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^pulse_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(res.body.projects).toEqual([{ projectId: a.projectId, projectName: 'A', role: 'agent' }]);
    const stored = await api.server.services.members.findMember('agent@a.test');
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(stored)).not.toContain(PASSWORD);
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    for (const email of ['agent@a.test', 'nobody@a.test']) {
      const res = await request(api.url)
        .post('/v1/session')
        .set(csrf)
        .send({ email, password: 'wrong password!' });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('invalid_credentials');
    }
  });

  it('requires the CSRF header', async () => {
    const res = await request(api.url)
      .post('/v1/session')
      .send({ email: 'agent@a.test', password: PASSWORD });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
  });
});

describe('a session on admin routes', () => {
  it('reads its project like an API key does', async () => {
    const agent = await signIn('agent@a.test');
    const res = await agent.get('/v1/surveys').expect(200);
    expect(res.body.items.map((s: { id: string }) => s.id)).toEqual([surveyA]);
    expect((await agent.get('/v1/session').expect(200)).body.member.email).toBe('agent@a.test');
  });

  it('shows a member of A nothing of B', async () => {
    const agent = await signIn('agent@a.test');
    expect((await agent.get(`/v1/surveys/${surveyB}`)).status).toBe(404);
    expect((await agent.get('/v1/responses').query({ surveyId: surveyB })).status).toBe(404);
    const other = await agent.get('/v1/surveys').set('X-Pulse-Project', b.projectId);
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('forbidden');
  });

  it('asks a member of several projects to name one, and grants each its own role', async () => {
    const agent = await signIn('both@x.test');
    expect((await agent.get('/v1/surveys')).body.error.code).toBe('project_required');
    const inB = await agent.get('/v1/surveys').set('X-Pulse-Project', b.projectId).expect(200);
    expect(inB.body.items.map((s: { id: string }) => s.id)).toEqual([surveyB]);
    const write = await agent.delete(`/v1/surveys/${surveyB}`).set(csrf).set('X-Pulse-Project', b.projectId);
    expect(write.status).toBe(403);
  });

  it('lets a viewer read but answers 403 forbidden to any change', async () => {
    const agent = await signIn('viewer@a.test');
    await agent.get(`/v1/surveys/${surveyA}`).expect(200);
    const res = await agent.patch(`/v1/surveys/${surveyA}`).set(csrf).send({ name: 'Renamed' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await agent.get(`/v1/surveys/${surveyA}`)).body.name).toBe('Survey A');
  });

  it('lets an agent read surveys but not change them, naming the permission it lacks', async () => {
    const agent = await signIn('agent@a.test');
    await agent.get(`/v1/surveys/${surveyA}`).expect(200);
    const res = await agent.patch(`/v1/surveys/${surveyA}`).set(csrf).send({ name: 'Renamed' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'forbidden',
      details: { permission: 'surveys.manage', role: 'agent', allowedRoles: ['owner'] },
    });
    expect(res.body.error.message).toMatch(/Your role \(agent\) cannot do this/);
  });

  it('refuses a cookie write without the CSRF header or from another origin', async () => {
    const agent = await signIn('owner@a.test');
    const bare = await agent.patch(`/v1/surveys/${surveyA}`).send({ name: 'Renamed' });
    expect(bare.status).toBe(403);
    expect(bare.body.error.code).toBe('csrf_failed');
    const foreign = await agent
      .patch(`/v1/surveys/${surveyA}`)
      .set(csrf)
      .set('Origin', 'https://evil.example')
      .send({ name: 'x' });
    expect(foreign.body.error.code).toBe('csrf_failed');
    const ok = await agent
      .patch(`/v1/surveys/${surveyA}`)
      .set(csrf)
      .set('Origin', api.url)
      .send({ name: 'Survey A' });
    expect(ok.status).toBe(200);
  });

  it('ends at sign-out', async () => {
    const agent = await signIn('agent@a.test');
    const out = await agent.delete('/v1/session').set(csrf).expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/pulse_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await agent.get('/v1/session')).status).toBe(204);
    expect((await agent.get('/v1/surveys')).status).toBe(401);
  });

  it('ends at its expiry even before the sweep removes it', async () => {
    const agent = await signIn('agent@a.test');
    await api.server.services.models.Session.updateMany(
      {},
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    const res = await agent.get('/v1/surveys');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/sign in again/);
  });
});

describe("PATCH /v1/session (the member's dashboard language)", () => {
  it('stores the language on the member, so another browser signing in gets it', async () => {
    const first = await signIn('viewer@a.test');
    expect((await first.get('/v1/session').expect(200)).body.member.locale).toBeNull();
    const res = await first.patch('/v1/session').set(csrf).send({ locale: 'ar' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.member).toEqual({ email: 'viewer@a.test', name: null, locale: 'ar' });
    expect(res.body.projects).toEqual([{ projectId: a.projectId, projectName: 'A', role: 'viewer' }]);
    // A second browser: a new sign-in, a new session, the same language.
    const second = await signIn('viewer@a.test');
    expect((await second.get('/v1/session').expect(200)).body.member.locale).toBe('ar');
    const signedIn = await request(api.url)
      .post('/v1/session')
      .set(csrf)
      .send({ email: 'viewer@a.test', password: PASSWORD });
    expect(signedIn.body.member.locale).toBe('ar');
    // null goes back to following the browser.
    await second.patch('/v1/session').set(csrf).send({ locale: null }).expect(200);
    expect((await first.get('/v1/session').expect(200)).body.member.locale).toBeNull();
  });

  it('refuses a language the dashboard does not speak, and anything but a locale', async () => {
    const agent = await signIn('agent@a.test');
    for (const body of [
      { locale: 'xx' },
      { locale: 'pt-BR' },
      { locale: 3 },
      {},
      { locale: 'de', name: 'x' },
    ]) {
      const res = await agent.patch('/v1/session').set(csrf).send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
    expect((await agent.get('/v1/session')).body.member.locale).toBeNull();
  });

  it('needs a session and the CSRF header', async () => {
    const nobody = await request(api.url).patch('/v1/session').set(csrf).send({ locale: 'de' });
    expect(nobody.status).toBe(401);
    expect(nobody.body.error.code).toBe('unauthorized');
    const byKey = await request(api.url)
      .patch('/v1/session')
      .set(csrf)
      .set('authorization', `Bearer ${a.apiKey}`)
      .send({ locale: 'de' });
    expect(byKey.status).toBe(401);
    const agent = await signIn('agent@a.test');
    const bare = await agent.patch('/v1/session').send({ locale: 'de' });
    expect(bare.status).toBe(403);
    expect(bare.body.error.code).toBe('csrf_failed');
    const foreign = await agent
      .patch('/v1/session')
      .set(csrf)
      .set('Origin', 'https://evil.example')
      .send({ locale: 'de' });
    expect(foreign.status).toBe(403);
    expect((await agent.get('/v1/session')).body.member.locale).toBeNull();
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 after 10 failed attempts from one address', async () => {
    const own = await startTestApi({ label: 'session_limit' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const res = await request(own.url)
          .post('/v1/session')
          .set(csrf)
          .send({ email: 'x@y.test', password: 'nope' });
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
    } finally {
      await own.close();
    }
  });
});
