import type { InviteCreated, SessionInfo } from '@pulse/shared/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationApi } from '../src/screens/invitation/invitation-api.js';
import { createInvitation } from '../src/screens/invitation/invitation-state.svelte.js';
import { type Fixture, PASSWORD, startFixture } from './api-fixture.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture('invitation_state');
});
afterAll(() => fx?.api.close());

const NEW_PASSWORD = 'a long new passphrase';

async function invite(email: string, role = 'agent'): Promise<InviteCreated> {
  const res = await fetch(`${fx.api.url}/v1/invites`, {
    method: 'POST',
    headers: { authorization: `Bearer ${fx.project.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email, role }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as InviteCreated;
}

function page(token: string) {
  const accepted: SessionInfo[] = [];
  const invitation = createInvitation(invitationApi(token, fx.api.url), (s) => accepted.push(s));
  return { invitation, accepted };
}

describe('invitation state', () => {
  it('shows the invite, joins with a name and a password, and then the link is used', async () => {
    const { token } = await invite('joiner@invitation.test', 'viewer');
    const { invitation, accepted } = page(token);
    await invitation.load();
    expect(invitation.state).toMatchObject({
      phase: 'open',
      invite: {
        projectName: 'Project invitation_state',
        email: 'joiner@invitation.test',
        role: 'viewer',
        accountExists: false,
      },
    });
    await invitation.accept('too short', 'Jo');
    expect(invitation.state).toMatchObject({ phase: 'open', error: 'weakPassword' });
    await invitation.accept(NEW_PASSWORD, '  Jo Iner ');
    expect(accepted).toHaveLength(1);
    expect(accepted[0]!.member).toMatchObject({ email: 'joiner@invitation.test', name: 'Jo Iner' });
    expect(accepted[0]!.projects).toEqual([
      expect.objectContaining({ projectId: fx.project.projectId, role: 'viewer' }),
    ]);

    const again = page(token).invitation;
    await again.load();
    expect(again.state).toEqual({ phase: 'unusable', reason: 'invite_used' });
  });

  it('asks an existing account for its password and refuses a wrong one', async () => {
    const other = await fx.api.createProject({ name: 'Elsewhere' });
    await fx.api.server.services.members.addMember({
      projectId: other.projectId,
      email: 'existing@invitation.test',
      role: 'owner',
      password: PASSWORD,
    });
    const { invitation, accepted } = page((await invite('existing@invitation.test')).token);
    await invitation.load();
    expect(invitation.state).toMatchObject({ phase: 'open', invite: { accountExists: true } });
    await invitation.accept('not my password', '');
    expect(invitation.state).toMatchObject({ phase: 'open', error: 'wrongPassword' });
    await invitation.accept(PASSWORD, '');
    expect(accepted[0]!.projects.map((p) => p.projectId).sort()).toEqual(
      [fx.project.projectId, other.projectId].sort(),
    );
  });

  it('says why a link cannot be used: withdrawn or unknown', async () => {
    const withdrawn = await invite('withdrawn@invitation.test');
    await fetch(`${fx.api.url}/v1/invites/${withdrawn.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${fx.project.apiKey}` },
    });
    const a = page(withdrawn.token).invitation;
    await a.load();
    expect(a.state).toEqual({ phase: 'unusable', reason: 'invite_revoked' });
    const b = page('no-such-token').invitation;
    await b.load();
    expect(b.state).toEqual({ phase: 'unusable', reason: 'invite_not_found' });
  });

  it('says Pulse is unreachable when it is', async () => {
    const invitation = createInvitation(invitationApi('x', 'http://127.0.0.1:9'), () => undefined);
    await invitation.load();
    expect(invitation.state).toEqual({ phase: 'unreachable' });
  });
});
