import { INVITE_HEADER, InvitationAccept, InvitationPreview, SessionInfo } from '@pulse/shared';
import type { Request } from 'express';
import { HttpError } from '../errors.js';
import { defineRoute, type RouteSpec } from './route-spec.js';
import { csrfHeader, limitFailedPasswords, openSessionReply, sameSite } from './session-reply.js';

/** The token travels in a header, never in a URL, so no access log or proxy keeps it. */
function tokenOf(req: Request): string {
  const token = req.get(INVITE_HEADER);
  if (!token)
    throw new HttpError(
      400,
      'invite_token_required',
      `Send the invite link's token in the ${INVITE_HEADER} header.`,
    );
  return token;
}

const tokenHeader = {
  [INVITE_HEADER]: { description: "The token from the invite link's `#invite=` fragment", required: true },
};
const unusable = {
  404: { description: 'No invite has this token (`invite_not_found`)' },
  410: {
    description:
      'The invite was already accepted (`invite_used`), revoked (`invite_revoked`) or has expired (`invite_expired`)',
  },
};

/** The invitee's side of an invite: what the accept page shows, and accepting it. */
export const invitationRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/invitation',
    summary: 'The invite an invite link stands for: project, inviter, e-mail, role, expiry',
    description:
      '`accountExists` tells the accept page what to ask for: a new password and name, or the current password of the existing account.',
    tag: 'Dashboard',
    access: 'none',
    headers: tokenHeader,
    responses: {
      200: { description: 'The invite', schema: InvitationPreview },
      400: { description: `No ${INVITE_HEADER} header (\`invite_token_required\`)` },
      ...unusable,
    },
    async handle({ services, req, res }) {
      res.set('Cache-Control', 'no-store');
      res.json(await services.invites.previewInvitation(tokenOf(req)));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/invitation/accept',
    summary: 'Accept an invite: joins the project and signs in (the session cookie, as at sign-in)',
    description:
      "A new account gets `password` (at least 12 characters) and `name`. An existing account (another project's member) proves itself with its current password, which stays unchanged. The link then stops working (410 `invite_used`). Failed attempts are rate-limited like sign-in.",
    tag: 'Dashboard',
    access: 'none',
    headers: { ...csrfHeader, ...tokenHeader },
    before: ({ rateLimits }) => [
      limitFailedPasswords(rateLimits, 'invite-accept', 'invite attempts'),
      sameSite,
    ],
    body: InvitationAccept,
    responses: {
      201: { description: 'Joined and signed in', schema: SessionInfo },
      400: {
        description: `Invalid body, a new account's password under 12 characters (\`weak_password\`), or no ${INVITE_HEADER} header`,
      },
      401: {
        description: "Wrong password for the invited e-mail's existing account (`invalid_credentials`)",
      },
      403: { description: "Missing X-Pulse-CSRF header, or another site's Origin" },
      409: { description: 'Already a member of this project (`already_member`): sign in instead' },
      429: { description: 'Too many failed attempts from this address' },
      ...unusable,
    },
    async handle({ services, body, req, res, audit }) {
      const { member, invite, projectId } = await services.invites.acceptInvitation(tokenOf(req), body);
      await audit(
        {
          action: 'member.joined',
          target: { type: 'member', id: member._id, name: member.name ?? null },
          after: { role: invite.role },
        },
        { projectId, actor: member._id },
      );
      await openSessionReply(services, member, req, res);
    },
  }),
];
