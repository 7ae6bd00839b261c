import { ProjectInfo, ROLE_PERMISSIONS } from '@pulse/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';
import { CSRF, createTeam, type TestTeam } from '../testing/team.js';

let api: TestApi;
let team: TestTeam;
beforeAll(async () => {
  api = await startTestApi({ label: 'project' });
  team = await createTeam(api, 'Acme');
});
afterAll(() => api.close());

describe('GET /v1/project', () => {
  it("gives each role the project's settings with its own role and permissions", async () => {
    for (const role of ['owner', 'agent', 'viewer'] as const) {
      const res = await team.as[role].get('/v1/project').expect(200);
      expect(ProjectInfo.parse(res.body)).toEqual({
        id: team.project.projectId,
        name: 'Acme',
        publicKey: team.project.publicKey,
        origins: [],
        createdAt: expect.any(String),
        caller: { kind: 'member', email: team.emails[role] },
        role,
        permissions: [...ROLE_PERMISSIONS[role]],
      });
    }
  });

  it('names an API key caller by its key, with an owner’s permissions', async () => {
    const res = await request(api.url).get('/v1/project').set(team.key).expect(200);
    expect(res.body.caller).toEqual({
      kind: 'apiKey',
      keyId: expect.stringMatching(/^[0-9a-f]{24}$/),
      prefix: team.project.apiKey.slice(0, 9),
    });
    expect(res.body.role).toBe('owner');
    expect(res.body.permissions).toEqual([...ROLE_PERMISSIONS.owner]);
  });
});

describe('PUT /v1/project/origins', () => {
  it('replaces the origins, normalized as browsers send them, and the widget may post from them at once', async () => {
    const own = await createTeam(api, 'Shop');
    const survey = await api.createSurvey(own.project.apiKey);
    const post = (origin: string) =>
      request(api.url)
        .post('/v1/public/responses')
        .set('origin', origin)
        .set('idempotency-key', crypto.randomUUID())
        .send({ publicKey: own.project.publicKey, surveyId: survey.id, score: 9 });
    const replace = (origins: string[]) =>
      own.as.owner.put('/v1/project/origins').set(CSRF).send({ origins });
    await replace(['https://other.example']).expect(200);
    await post('https://shop.example').expect(403);
    const res = await own.as.owner
      .put('/v1/project/origins')
      .set(CSRF)
      .send({ origins: ['https://Shop.example:443', 'https://shop.example/', 'http://localhost:5173'] });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ origins: ['https://shop.example', 'http://localhost:5173'] });
    expect((await own.as.viewer.get('/v1/project')).body.origins).toEqual(res.body.origins);
    await post('https://shop.example').expect(201);
    await replace(['https://other.example']).expect(200);
    await post('https://shop.example').expect(403);
    // No origins at all: every site may post (the project's setting before it names any).
    await replace([]).expect(200);
    await post('https://shop.example').expect(201);
  });

  it('refuses what is not an origin, naming the entry', async () => {
    for (const origins of [
      ['https://acme.example/path'],
      ['acme.example'],
      ['ftp://acme.example'],
      ['https://acme.example:99999'],
      Array.from({ length: 51 }, (_, i) => `https://s${i}.example`),
    ]) {
      const res = await request(api.url).put('/v1/project/origins').set(team.key).send({ origins });
      expect(res.status, JSON.stringify(origins)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
    const res = await request(api.url)
      .put('/v1/project/origins')
      .set(team.key)
      .send({ origins: ['nope'] });
    expect(res.body.error.details.issues[0].path).toEqual(['origins', 0]);
    expect((await request(api.url).put('/v1/project/origins').set(team.key).send({})).status).toBe(400);
  });
});
