import { AuditPage } from '@pulse/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SURVEY } from '../seed/demo.js';
import { startTestApi, type TestApi } from '../testing/index.js';
import { CSRF, createTeam, type TestTeam } from '../testing/team.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'audit' });
});
afterAll(() => api.close());

async function log(team: TestTeam, query: Record<string, string | number> = {}) {
  const res = await request(api.url).get('/v1/audit').set(team.key).query(query);
  expect(res.status, res.text).toBe(200);
  return AuditPage.parse(res.body);
}
const actions = async (team: TestTeam, query: Record<string, string | number> = {}) =>
  (await log(team, { limit: 100, ...query })).items.map((e) => e.action).reverse();

describe('the audit log records', () => {
  it('survey changes, by whom, with what changed', async () => {
    const team = await createTeam(api);
    const owner = team.as.owner;
    const created = await owner
      .post('/v1/surveys')
      .set(CSRF)
      .send({ ...DEMO_SURVEY, name: 'Checkout' });
    const id = created.body.id as string;
    await owner.patch(`/v1/surveys/${id}`).set(CSRF).send({ name: 'Checkout NPS' }).expect(200);
    await owner
      .patch(`/v1/surveys/${id}`)
      .set(CSRF)
      .send({ texts: { ...DEMO_SURVEY.texts, th: { question: 'คุณจะแนะนำเราไหม' } } })
      .expect(200);
    await owner.patch(`/v1/surveys/${id}`).set(CSRF).send({ status: 'paused' }).expect(200);
    await request(api.url).patch(`/v1/surveys/${id}`).set(team.key).send({ status: 'active' }).expect(200);
    await owner.delete(`/v1/surveys/${id}`).set(CSRF).expect(204);
    const page = await log(team);
    expect(page.items.map((e) => [e.action, e.actor])).toEqual([
      ['survey.deleted', team.emails.owner],
      ['survey.resumed', `api:${team.project.apiKey.slice(0, 9)}`],
      ['survey.paused', team.emails.owner],
      ['survey.updated', team.emails.owner],
      ['survey.updated', team.emails.owner],
      ['survey.created', team.emails.owner],
    ]);
    expect(page.items.every((e) => e.target.type === 'survey' && e.target.id === id)).toBe(true);
    const [, , paused, languages, renamed, made] = page.items;
    expect(renamed).toMatchObject({
      target: { name: 'Checkout NPS' },
      before: { name: 'Checkout' },
      after: { name: 'Checkout NPS' },
    });
    const locales = Object.keys(DEMO_SURVEY.texts).sort();
    expect(languages!.before).toEqual({ languages: locales });
    expect(languages!.after).toEqual({ languages: [...locales, 'th'].sort() });
    expect(paused).toMatchObject({ before: { status: 'active' }, after: { status: 'paused' } });
    expect(made!.after).toEqual({ status: 'active', languages: locales });
    // A refused change is not a change.
    const refused = await team.as.agent.post('/v1/surveys').set(CSRF).send(DEMO_SURVEY);
    expect(refused.status).toBe(403);
    expect((await log(team)).items).toHaveLength(6);
  });

  it('team changes: invite, withdrawal, joining, role change, removal', async () => {
    const team = await createTeam(api);
    const owner = team.as.owner;
    const first = await owner.post('/v1/invites').set(CSRF).send({ email: 'new@team.test', role: 'viewer' });
    await owner.delete(`/v1/invites/${first.body.id}`).set(CSRF).expect(204);
    const second = await owner.post('/v1/invites').set(CSRF).send({ email: 'new@team.test', role: 'agent' });
    await request(api.url)
      .post('/v1/invitation/accept')
      .set(CSRF)
      .set('x-pulse-invite', second.body.token)
      .send({ password: 'a brand new passphrase', name: 'Nu' })
      .expect(201);
    await owner.patch('/v1/members/new%40team.test').set(CSRF).send({ role: 'viewer' }).expect(200);
    await owner.delete('/v1/members/new%40team.test').set(CSRF).expect(204);
    const page = await log(team, { targetType: 'member' });
    expect(page.items.map((e) => [e.action, e.actor, e.target.id])).toEqual([
      ['member.removed', team.emails.owner, 'new@team.test'],
      ['member.role_changed', team.emails.owner, 'new@team.test'],
      ['member.joined', 'new@team.test', 'new@team.test'],
      ['member.invited', team.emails.owner, 'new@team.test'],
      ['member.invite_revoked', team.emails.owner, 'new@team.test'],
      ['member.invited', team.emails.owner, 'new@team.test'],
    ]);
    expect(page.items[1]).toMatchObject({
      before: { role: 'agent' },
      after: { role: 'viewer' },
      target: { name: 'Nu' },
    });
    expect(JSON.stringify(page)).not.toContain(second.body.token);
  });

  it('API keys, origins and webhooks', async () => {
    const team = await createTeam(api);
    const key = team.key;
    const made = await request(api.url).post('/v1/api-keys').set(key).send({ name: 'CI' });
    await request(api.url).post(`/v1/api-keys/${made.body.id}/rotate`).set(key).send({}).expect(201);
    const other = await request(api.url).post('/v1/api-keys').set(key).send({ name: 'Old' });
    await request(api.url).post(`/v1/api-keys/${other.body.id}/revoke`).set(key).expect(200);
    await request(api.url)
      .put('/v1/project/origins')
      .set(key)
      .send({ origins: ['https://a.example'] })
      .expect(200);
    const hook = await request(api.url)
      .post('/v1/webhooks')
      .set(key)
      .send({
        url: 'https://hooks.slack.com/services/T000/B000/secret',
        events: ['response.created'],
        format: 'slack',
      });
    expect(hook.status, hook.text).toBe(201);
    const patch = (body: object) =>
      request(api.url).patch(`/v1/webhooks/${hook.body.id}`).set(key).send(body);
    await patch({ paused: true }).expect(200);
    await patch({ paused: false }).expect(200);
    await patch({ events: ['followup.created'] }).expect(200);
    await request(api.url).delete(`/v1/webhooks/${hook.body.id}`).set(key).expect(204);
    expect(await actions(team)).toEqual([
      'api_key.created',
      'api_key.rotated',
      'api_key.created',
      'api_key.revoked',
      'project.origins_replaced',
      'webhook.created',
      'webhook.paused',
      'webhook.resumed',
      'webhook.updated',
      'webhook.deleted',
    ]);
    const page = await log(team);
    const byAction = Object.fromEntries(page.items.map((e) => [e.action, e]));
    expect(byAction['api_key.rotated']).toMatchObject({
      target: { type: 'api_key', id: made.body.id, name: 'CI' },
      after: { prefix: expect.stringMatching(/^sk_/), newKeyId: expect.any(String) },
    });
    expect(byAction['project.origins_replaced']).toMatchObject({
      target: { type: 'project', id: team.project.projectId },
      before: { origins: [] },
      after: { origins: ['https://a.example'] },
    });
    // A Slack webhook's URL is its secret: the log names its host only.
    expect(byAction['webhook.created']!.target).toEqual({
      type: 'webhook',
      id: hook.body.id,
      name: 'hooks.slack.com',
    });
    expect(JSON.stringify(page)).not.toMatch(/secret|sk_[\w-]{20,}/);
  });
});

describe('GET /v1/audit', () => {
  it('pages with a cursor and filters by target type and actor', async () => {
    const team = await createTeam(api);
    for (let i = 0; i < 5; i++)
      await team.as.owner
        .post('/v1/api-keys')
        .set(CSRF)
        .send({ name: `k${i}` })
        .expect(201);
    await request(api.url).post('/v1/api-keys').set(team.key).send({ name: 'by key' }).expect(201);
    const first = await log(team, { limit: 4 });
    expect(first.items.map((e) => e.target.name)).toEqual(['by key', 'k4', 'k3', 'k2']);
    const second = await log(team, { limit: 4, cursor: first.nextCursor! });
    expect(second.items.map((e) => e.target.name)).toEqual(['k1', 'k0']);
    expect(second.nextCursor).toBeNull();
    const byOwner = await log(team, { actor: team.emails.owner, targetType: 'api_key' });
    expect(byOwner.items).toHaveLength(5);
    expect((await log(team, { targetType: 'survey' })).items).toEqual([]);
  });

  it('is for owners only, and refuses bad queries', async () => {
    const team = await createTeam(api);
    await team.as.owner.get('/v1/audit').expect(200);
    for (const role of ['agent', 'viewer'] as const) {
      const res = await team.as[role].get('/v1/audit');
      expect(res.status).toBe(403);
      expect(res.body.error.details.permission).toBe('audit.read');
    }
    for (const query of [
      { targetType: 'planet' },
      { limit: 0 },
      { limit: 101 },
      { cursor: 'nope' },
      { zz: 1 },
    ]) {
      const res = await request(api.url).get('/v1/audit').set(team.key).query(query);
      expect(res.status, JSON.stringify(query)).toBe(400);
    }
  });
});
