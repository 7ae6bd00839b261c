import { InvitationPreview, InviteCreated, SessionInfo } from '@pulse/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../services/access/keys.js';
import { startTestApi, type TestApi } from '../testing/index.js';
import { CSRF, createTeam, signIn, TEAM_PASSWORD, type TestTeam } from '../testing/team.js';

let api: TestApi;
let team: TestTeam;
beforeAll(async () => {
  api = await startTestApi({ label: 'invites' });
  team = await createTeam(api, 'Acme');
});
afterAll(() => api.close());

const NEW_PASSWORD = 'a brand new passphrase';
let counter = 0;
const freshEmail = () => `invitee-${++counter}-${Date.now()}@team.test`;

async function invite(body: Record<string, unknown>, by = team.as.owner) {
  const res = await by.post('/v1/invites').set(CSRF).send(body);
  expect(res.status, res.text).toBe(201);
  return InviteCreated.parse(res.body);
}

const preview = (token: string) => request(api.url).get('/v1/invitation').set('x-pulse-invite', token);
const accept = (token: string, body: Record<string, unknown>, client = request(api.url)) =>
  client.post('/v1/invitation/accept').set(CSRF).set('x-pulse-invite', token).send(body);

describe('creating invites', () => {
  it('returns a one-time link once, stores only its hash, and lists the invite as pending', async () => {
    const email = freshEmail();
    const created = await invite({ email: email.toUpperCase(), role: 'agent' });
    expect(created).toMatchObject({ email, role: 'agent', status: 'pending', createdBy: team.emails.owner });
    expect(created.link).toBe(`${api.url}/dashboard/#invite=${created.token}`);
    const days = (Date.parse(created.expiresAt) - Date.parse(created.createdAt)) / 86_400_000;
    expect(days).toBe(7);
    const stored = await api.server.services.models.Invite.findOne({ inviteId: created.id }).lean();
    expect(stored?._id).toBe(sha256(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);
    const list = await team.as.owner.get('/v1/invites').expect(200);
    expect(list.text).not.toContain(created.token);
    expect(list.body.items[0]).toEqual({ ...created, token: undefined, link: undefined });
  });

  it('refuses to invite a member of the project, and replaces an earlier invite of the same e-mail', async () => {
    const already = await team.as.owner
      .post('/v1/invites')
      .set(CSRF)
      .send({ email: team.emails.agent, role: 'viewer' });
    expect(already.status).toBe(409);
    expect(already.body.error.code).toBe('already_member');
    const email = freshEmail();
    const first = await invite({ email, role: 'viewer' });
    const second = await invite({ email, role: 'agent', expiresInDays: 2 });
    expect((await preview(first.token)).body.error.code).toBe('invite_revoked');
    expect((await preview(second.token)).status).toBe(200);
    const listed = (await team.as.owner.get('/v1/invites')).body.items.filter(
      (i: { email: string }) => i.email === email,
    );
    expect(listed.map((i: { id: string }) => i.id)).toEqual([second.id]);
  });

  it('refuses bad input', async () => {
    for (const body of [
      {},
      { email: 'not an e-mail', role: 'agent' },
      { email: freshEmail(), role: 'admin' },
      { email: freshEmail(), role: 'agent', expiresInDays: 31 },
      { email: freshEmail(), role: 'agent', expiresInDays: 0 },
    ]) {
      const res = await team.as.owner.post('/v1/invites').set(CSRF).send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
  });
});

describe('accepting an invite', () => {
  it('shows the accept page what it needs (who invited, to which project), then joins with a new account and signs in', async () => {
    const email = freshEmail();
    const created = await invite({ email, role: 'agent' });
    const shown = await preview(created.token).expect(200);
    expect(InvitationPreview.parse(shown.body)).toEqual({
      projectName: 'Acme',
      email,
      role: 'agent',
      expiresAt: created.expiresAt,
      invitedBy: { actor: team.emails.owner, name: `owner ${team.project.projectId.slice(-8)}` },
      accountExists: false,
    });
    const client = request.agent(api.url);
    const joined = await accept(created.token, { password: NEW_PASSWORD, name: 'Ina Vitee' }, client);
    expect(joined.status, joined.text).toBe(201);
    expect(String(joined.headers['set-cookie'])).toMatch(/^pulse_session=[\w-]{40,};.*HttpOnly/);
    expect(SessionInfo.parse(joined.body)).toMatchObject({
      member: { email, name: 'Ina Vitee' },
      projects: [{ projectId: team.project.projectId, projectName: 'Acme', role: 'agent' }],
    });
    // The cookie is a real session: an agent's reads work, an owner's routes do not.
    await client.get('/v1/members').expect(200);
    expect((await client.get('/v1/api-keys')).status).toBe(403);
    await signIn(api, email, NEW_PASSWORD);
    const stored = await api.server.services.members.findMember(email);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('works once: afterwards the link is 410 invite_used, to look at and to accept', async () => {
    const created = await invite({ email: freshEmail(), role: 'viewer' });
    await accept(created.token, { password: NEW_PASSWORD }).expect(201);
    for (const res of [
      await preview(created.token),
      await accept(created.token, { password: NEW_PASSWORD }),
    ]) {
      expect(res.status).toBe(410);
      expect(res.body.error).toMatchObject({
        code: 'invite_used',
        message: expect.stringMatching(/already used/),
      });
    }
    const listed = (await team.as.owner.get('/v1/invites')).body.items.map((i: { id: string }) => i.id);
    expect(listed).not.toContain(created.id);
  });

  it('accepts once when the link is used twice at the same time', async () => {
    const created = await invite({ email: freshEmail(), role: 'viewer' });
    const results = await Promise.all([
      accept(created.token, { password: NEW_PASSWORD }),
      accept(created.token, { password: NEW_PASSWORD }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 410]);
  });

  it('refuses an expired invite with 410 invite_expired, and lists it as expired', async () => {
    const created = await invite({ email: freshEmail(), role: 'agent' });
    // The week passes (moved into the past rather than waited for).
    await api.server.services.models.Invite.updateOne(
      { inviteId: created.id },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    for (const res of [
      await preview(created.token),
      await accept(created.token, { password: NEW_PASSWORD }),
    ]) {
      expect(res.status).toBe(410);
      expect(res.body.error.code).toBe('invite_expired');
    }
    const listed = (await team.as.owner.get('/v1/invites')).body.items.find(
      (i: { id: string }) => i.id === created.id,
    );
    expect(listed.status).toBe('expired');
  });

  it('refuses a revoked invite with 410 invite_revoked, and an unknown token with 404', async () => {
    const created = await invite({ email: freshEmail(), role: 'agent' });
    await team.as.owner.delete(`/v1/invites/${created.id}`).set(CSRF).expect(204);
    expect((await accept(created.token, { password: NEW_PASSWORD })).body.error.code).toBe('invite_revoked');
    const again = await team.as.owner.delete(`/v1/invites/${created.id}`).set(CSRF);
    expect(again.status).toBe(404);
    const unknown = await preview('no-such-token');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('invite_not_found');
    const missing = await request(api.url).get('/v1/invitation');
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('invite_token_required');
  });

  it('asks an existing account for its current password and never changes it', async () => {
    const other = await createTeam(api, 'Other');
    const email = other.emails.agent;
    const created = await invite({ email, role: 'viewer' });
    expect((await preview(created.token)).body.accountExists).toBe(true);
    const takeover = await accept(created.token, { password: 'an attacker chose this' });
    expect(takeover.status).toBe(401);
    expect(takeover.body.error.code).toBe('invalid_credentials');
    const joined = await accept(created.token, { password: TEAM_PASSWORD, name: 'Someone else' });
    expect(joined.status, joined.text).toBe(201);
    expect(joined.body.projects.map((p: { projectName: string }) => p.projectName).sort()).toEqual([
      'Acme',
      'Other',
    ]);
    expect(joined.body.member.name).toMatch(/^agent /);
    await signIn(api, email, TEAM_PASSWORD);
  });

  it('refuses a short new password, an accepted invite revoked, and accept without the CSRF header', async () => {
    const created = await invite({ email: freshEmail(), role: 'agent' });
    const weak = await accept(created.token, { password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('weak_password');
    const noCsrf = await request(api.url)
      .post('/v1/invitation/accept')
      .set('x-pulse-invite', created.token)
      .send({ password: NEW_PASSWORD });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error.code).toBe('csrf_failed');
    await accept(created.token, { password: NEW_PASSWORD }).expect(201);
    const revokeUsed = await team.as.owner.delete(`/v1/invites/${created.id}`).set(CSRF);
    expect(revokeUsed.status).toBe(409);
    expect(revokeUsed.body.error.code).toBe('invite_used');
  });

  it('rate-limits failed attempts like sign-in: 429 after 10 from one address', async () => {
    const own = await startTestApi({ label: 'invites_limit' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++)
        statuses.push(
          (
            await request(own.url)
              .post('/v1/invitation/accept')
              .set(CSRF)
              .set('x-pulse-invite', `guess-${i}`)
              .send({ password: NEW_PASSWORD })
          ).status,
        );
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
      expect(statuses[10]).toBe(429);
    } finally {
      await own.close();
    }
  });
});
