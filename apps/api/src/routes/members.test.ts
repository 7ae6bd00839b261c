import { LIVE_NAMESPACE, MemberList } from '@pulse/shared';
import { io } from 'socket.io-client';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';
import { CSRF, createTeam, sessionCookie, signIn, TEAM_PASSWORD } from '../testing/team.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'members' });
});
afterAll(() => api.close());

const at = (email: string) => `/v1/members/${encodeURIComponent(email)}`;

describe('GET /v1/members', () => {
  it('lists the team, owners first, with name, role, when they joined and were last seen', async () => {
    const team = await createTeam(api);
    const res = await team.as.viewer.get('/v1/members').expect(200);
    const { items } = MemberList.parse(res.body);
    expect(items.map((m) => [m.email, m.role])).toEqual([
      [team.emails.owner, 'owner'],
      [team.emails.agent, 'agent'],
      [team.emails.viewer, 'viewer'],
    ]);
    expect(items[0]!.name).toMatch(/^owner /);
    for (const m of items) expect(Date.now() - Date.parse(m.joinedAt)).toBeLessThan(120_000);
    // Everyone here has signed in, which counts as being seen.
    await expect
      .poll(async () =>
        MemberList.parse((await team.as.viewer.get('/v1/members')).body).items.map((m) => m.lastSeenAt),
      )
      .toEqual([expect.any(String), expect.any(String), expect.any(String)]);
  });

  it('shows nobody from another project', async () => {
    const a = await createTeam(api);
    const b = await createTeam(api);
    const res = await request(api.url).get('/v1/members').set(a.key).expect(200);
    expect(res.text).not.toContain(b.emails.owner);
  });
});

describe('PATCH /v1/members/:email', () => {
  it("changes a member's role, which holds from their next request", async () => {
    const team = await createTeam(api);
    const survey = await api.createSurvey(team.project.apiKey);
    const rename = () => team.as.agent.patch(`/v1/surveys/${survey.id}`).set(CSRF).send({ name: 'Renamed' });
    expect((await rename()).status).toBe(403);
    const res = await team.as.owner.patch(at(team.emails.agent)).set(CSRF).send({ role: 'owner' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ email: team.emails.agent, role: 'owner' });
    expect((await rename()).status).toBe(200);
  });

  it('never leaves the project without an owner: 409 last_owner', async () => {
    const team = await createTeam(api);
    const res = await team.as.owner.patch(at(team.emails.owner)).set(CSRF).send({ role: 'agent' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'last_owner',
      message: expect.stringMatching(/only owner; make someone else an owner first/),
    });
    await team.as.owner.patch(at(team.emails.viewer)).set(CSRF).send({ role: 'owner' }).expect(200);
    await team.as.owner.patch(at(team.emails.owner)).set(CSRF).send({ role: 'agent' }).expect(200);
    const last = await team.as.viewer.patch(at(team.emails.viewer)).set(CSRF).send({ role: 'viewer' });
    expect(last.body.error.code).toBe('last_owner');
  });

  it('answers 404 for someone not in the project and 400 for an unknown role', async () => {
    const a = await createTeam(api);
    const b = await createTeam(api);
    const foreign = await request(api.url).patch(at(b.emails.agent)).set(a.key).send({ role: 'viewer' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('member_not_found');
    const bad = await request(api.url).patch(at(a.emails.agent)).set(a.key).send({ role: 'admin' });
    expect(bad.status).toBe(400);
    const missing = await request(api.url).patch(at(a.emails.agent)).set(a.key).send({});
    expect(missing.status).toBe(400);
  });
});

describe('DELETE /v1/members/:email', () => {
  it('removes a member: their session ends, and someone in no project is deleted', async () => {
    const team = await createTeam(api);
    await team.as.agent.get('/v1/surveys').expect(200);
    await team.as.owner.delete(at(team.emails.agent)).set(CSRF).expect(204);
    expect((await team.as.agent.get('/v1/surveys')).status).toBe(401);
    expect(await api.server.services.members.findMember(team.emails.agent)).toBeNull();
    const list = MemberList.parse((await team.as.owner.get('/v1/members')).body);
    expect(list.items.map((m) => m.email)).not.toContain(team.emails.agent);
    await expect(signIn(api, team.emails.agent)).rejects.toThrow(/401/);
  });

  it("disconnects the removed member's open dashboards", async () => {
    const team = await createTeam(api);
    const cookie = await sessionCookie(api, team.emails.agent);
    const socket = io(`${api.url}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      extraHeaders: { cookie },
      reconnection: false,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
      await team.as.owner.delete(at(team.emails.agent)).set(CSRF).expect(204);
      expect(await closed).toBe('io server disconnect');
    } finally {
      socket.close();
    }
  });

  it('keeps someone who belongs to another project, with their password', async () => {
    const a = await createTeam(api);
    const b = await createTeam(api);
    await api.server.services.members.addMember({
      projectId: b.project.projectId,
      email: a.emails.agent,
      role: 'viewer',
    });
    await request(api.url).delete(at(a.emails.agent)).set(a.key).expect(204);
    const agent = await signIn(api, a.emails.agent, TEAM_PASSWORD);
    const session = await agent.get('/v1/session').expect(200);
    expect(session.body.projects).toEqual([
      expect.objectContaining({ projectId: b.project.projectId, role: 'viewer' }),
    ]);
  });

  it('refuses to remove the only owner, and 404s someone not in the project', async () => {
    const team = await createTeam(api);
    const res = await team.as.owner.delete(at(team.emails.owner)).set(CSRF);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('last_owner');
    const nobody = await request(api.url).delete(at('nobody@team.test')).set(team.key);
    expect(nobody.status).toBe(404);
  });
});
