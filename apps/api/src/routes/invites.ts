import { InviteCreate, InviteCreated, InviteList } from '@pulse/shared';
import { actorOf, projectOf } from '../middleware/auth.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

/** The owners' side of invites; the invitee's side is /v1/invitation (invitation.ts). */
export const inviteRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/invites',
    summary: 'Invites not yet accepted nor revoked, newest first (`expired` ones too, to send again)',
    tag: 'Team',
    access: 'team',
    permission: 'members.manage',
    responses: { 200: { description: 'Invites', schema: InviteList } },
    async handle({ services, res }) {
      res.json({ items: await services.invites.listInvites(projectOf(res).id) });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/invites',
    summary: 'Invite someone by e-mail with a role: a one-time link, in this answer only',
    description:
      'Send `link` to the person (Pulse sends no e-mail). It works once, until `expiresAt` (`expiresInDays`, 7 by default, at most 30); only a hash of its token is stored. Inviting the same e-mail again revokes the earlier link. The invitee opens it in the dashboard, which reads `GET /v1/invitation` and accepts with `POST /v1/invitation/accept`, both with the token in the `X-Pulse-Invite` header.',
    tag: 'Team',
    access: 'team',
    permission: 'members.manage',
    body: InviteCreate,
    responses: {
      201: { description: 'The invite, its token and link', schema: InviteCreated },
      409: { description: 'Already a member of this project (`already_member`)' },
    },
    async handle({ services, body, res, audit, publicUrl }) {
      const { invite, token } = await services.invites.createInvite(projectOf(res).id, body, actorOf(res));
      await audit({
        action: 'member.invited',
        target: { type: 'member', id: invite.email, name: null },
        after: { role: invite.role, expiresAt: invite.expiresAt },
      });
      const link = `${publicUrl}/dashboard/#invite=${token}`;
      res.status(201).json({ ...invite, token, link } satisfies InviteCreated);
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/invites/:id',
    summary: 'Revoke an invite: its link stops working (410 `invite_revoked`)',
    tag: 'Team',
    access: 'team',
    permission: 'members.manage',
    params: { id: 'Invite id' },
    responses: {
      204: { description: 'Revoked' },
      404: { description: 'No such open invite in this project' },
      409: { description: 'Already accepted (`invite_used`): remove the member instead' },
    },
    async handle({ services, params, res, audit }) {
      const invite = await services.invites.revokeInvite(projectOf(res).id, params.id!);
      await audit({
        action: 'member.invite_revoked',
        target: { type: 'member', id: invite.email, name: null },
        before: { role: invite.role, inviteId: invite.id },
      });
      res.status(204).end();
    },
  }),
];
