import { z } from 'zod';
import { IsoDate, ObjectId } from './common.js';
import { INVITE_DEFAULT_DAYS, INVITE_MAX_DAYS } from './names.js';
import { Email, Role } from './session.js';

/** One person of the project's team. */
export const Member = z.strictObject({
  email: z.string(),
  name: z.string().nullable(),
  role: Role,
  joinedAt: IsoDate,
  /** When they last used the dashboard (to the minute); null if never since this was recorded. */
  lastSeenAt: IsoDate.nullable(),
});
export type Member = z.infer<typeof Member>;

export const MemberList = z.strictObject({ items: z.array(Member) });
export type MemberList = z.infer<typeof MemberList>;

export const MemberPatch = z.strictObject({ role: Role });
export type MemberPatch = z.infer<typeof MemberPatch>;

export const InviteCreate = z.strictObject({
  email: Email,
  role: Role,
  expiresInDays: z.number().int().min(1).max(INVITE_MAX_DAYS).default(INVITE_DEFAULT_DAYS),
});
export type InviteCreate = z.infer<typeof InviteCreate>;

/** An invite not yet accepted nor revoked; `expired` ones stay listed until revoked or sent again. */
export const Invite = z.strictObject({
  id: ObjectId,
  email: z.string(),
  role: Role,
  status: z.enum(['pending', 'expired']),
  createdAt: IsoDate,
  /** The inviter: a member's e-mail or `api:<key prefix>`. */
  createdBy: z.string(),
  expiresAt: IsoDate,
});
export type Invite = z.infer<typeof Invite>;

/** The answer to creating an invite: the only time its token is shown (only its hash is stored). */
export const InviteCreated = Invite.extend({
  token: z.string(),
  /**
   * The link to send: the dashboard's accept page, with the token in the fragment
   * (`#invite=…`) so it never reaches a server log or a Referer header.
   */
  link: z.url(),
});
export type InviteCreated = z.infer<typeof InviteCreated>;

export const InviteList = z.strictObject({ items: z.array(Invite) });
export type InviteList = z.infer<typeof InviteList>;

/** `GET /v1/invitation`: what the accept page shows. */
export const InvitationPreview = z.strictObject({
  projectName: z.string(),
  email: z.string(),
  role: Role,
  expiresAt: IsoDate,
  /** Who sent it: the inviter's e-mail (or `api:<key prefix>`) and their name, if they gave one. */
  invitedBy: z.strictObject({ actor: z.string(), name: z.string().nullable() }),
  /**
   * The e-mail already has a Pulse account: the page asks for its current password
   * (accepting never changes it); otherwise it asks for a new one and a name.
   */
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const InvitationAccept = z.strictObject({
  /** A new account's password (at least 12 characters), or an existing account's current one. */
  password: z.string().min(1).max(1024),
  /** Shown to colleagues; used for a new account, or one that has no name yet. */
  name: z.string().trim().min(1).max(200).optional(),
});
export type InvitationAccept = z.infer<typeof InvitationAccept>;
