import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamApi } from '../src/screens/settings/team/team-api.js';
import { createTeam } from '../src/screens/settings/team/team-state.svelte.js';
import { emailOf, type Fixture, PASSWORD, sessionCookie, startFixture } from './api-fixture.js';
import { apiWithCookie } from './live-client.js';

let fx: Fixture;
let owner: ReturnType<typeof teamApi>;
beforeAll(async () => {
  fx = await startFixture('team_state');
  owner = teamApi(apiWithCookie(fx.api.url, await sessionCookie(fx.api.url, emailOf('owner', 'team_state'))));
});
afterAll(() => fx?.api.close());

const addMember = (email: string, role: 'owner' | 'agent' | 'viewer') =>
  fx.api.server.services.members.addMember({
    projectId: fx.project.projectId,
    email,
    role,
    password: PASSWORD,
  });

describe('team state', () => {
  it('lists members with their roles and invites someone: the link once, the invite pending', async () => {
    const team = createTeam(owner);
    await team.load();
    expect(team.state.members.map((m) => [m.email, m.role])).toEqual(
      expect.arrayContaining([
        [emailOf('owner', 'team_state'), 'owner'],
        [emailOf('viewer', 'team_state'), 'viewer'],
      ]),
    );
    expect(await team.invite({ email: 'new@team-state.test', role: 'agent', expiresInDays: 14 })).toBe(true);
    const created = team.state.created!;
    expect(created.link).toContain(`/dashboard/#invite=${created.token}`);
    const days = (Date.parse(created.expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(14);
    expect(team.state.invites[0]).toMatchObject({
      email: 'new@team-state.test',
      role: 'agent',
      status: 'pending',
    });
    expect(JSON.stringify(team.state.invites)).not.toContain(created.token);
    team.forgetLink();
    expect(team.state.created).toBeNull();
  });

  it('inviting the same e-mail again lists one invite, the newest', async () => {
    const team = createTeam(owner);
    await team.load();
    await team.invite({ email: 'twice@team-state.test', role: 'viewer', expiresInDays: 7 });
    await team.invite({ email: 'twice@team-state.test', role: 'agent', expiresInDays: 7 });
    const listed = team.state.invites.filter((i) => i.email === 'twice@team-state.test');
    expect(listed).toHaveLength(1);
    expect(listed[0]!.role).toBe('agent');
    await team.load();
    expect(team.state.invites.filter((i) => i.email === 'twice@team-state.test')).toHaveLength(1);
  });

  it('withdraws an invite: its link stops working', async () => {
    const team = createTeam(owner);
    await team.load();
    await team.invite({ email: 'withdrawn@team-state.test', role: 'agent', expiresInDays: 7 });
    const { id, token } = team.state.created!;
    expect(await team.withdraw(id)).toBe(true);
    expect(team.state.invites.some((i) => i.id === id)).toBe(false);
    const res = await fetch(`${fx.api.url}/v1/invitation`, { headers: { 'x-pulse-invite': token } });
    expect(res.status).toBe(410);
  });

  it('refuses to invite a member, in a code the screen words', async () => {
    const team = createTeam(owner);
    await team.load();
    expect(
      await team.invite({ email: emailOf('agent', 'team_state'), role: 'agent', expiresInDays: 7 }),
    ).toBe(false);
    expect(team.state.problem).toMatchObject({
      about: null,
      problem: { kind: 'refused', code: 'already_member' },
    });
  });

  it('changes a role and removes a member', async () => {
    await addMember('changing@team-state.test', 'viewer');
    const team = createTeam(owner);
    await team.load();
    expect(await team.changeRole('changing@team-state.test', 'agent')).toBe(true);
    expect(team.state.members.find((m) => m.email === 'changing@team-state.test')?.role).toBe('agent');
    expect(await team.remove('changing@team-state.test')).toBe(true);
    expect(team.state.members.some((m) => m.email === 'changing@team-state.test')).toBe(false);
    expect((await owner.members()).some((m) => m.email === 'changing@team-state.test')).toBe(false);
  });

  it('keeps the last owner an owner, saying why, and shows the role as it still is', async () => {
    const other = await fx.api.createProject({ name: 'Sole' });
    await fx.api.server.services.members.addMember({
      projectId: other.projectId,
      email: 'sole@team-state.test',
      role: 'owner',
      password: PASSWORD,
    });
    const cookie = await sessionCookie(fx.api.url, 'sole@team-state.test');
    const team = createTeam(teamApi(apiWithCookie(fx.api.url, cookie)));
    await team.load();
    expect(await team.changeRole('sole@team-state.test', 'agent')).toBe(false);
    expect(team.state.problem).toMatchObject({
      about: 'sole@team-state.test',
      problem: { kind: 'refused', code: 'last_owner' },
    });
    expect(team.state.members.find((m) => m.email === 'sole@team-state.test')?.role).toBe('owner');
  });

  it('says who may when an agent tries to invite', async () => {
    const agent = teamApi(
      apiWithCookie(fx.api.url, await sessionCookie(fx.api.url, emailOf('agent', 'team_state'))),
    );
    const team = createTeam(agent);
    await team.load();
    expect(team.state.status).toBe('error');
    expect(team.state.problem?.problem).toEqual({ kind: 'forbidden', allowedRoles: ['owner'] });
  });
});
