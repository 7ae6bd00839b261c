import { randomBytes } from 'node:crypto';
import type { InvitationAccept, InvitationPreview, Invite, InviteCreate, Role } from '@pulse/shared';
import { Types } from 'mongoose';
import type { InviteDoc } from '../../db/invite.js';
import type { MemberDoc } from '../../db/member.js';
import type { Models } from '../../db/models.js';
import { HttpError, notFound } from '../../errors.js';
import { keyedSerializer } from '../../lib/keyed-serializer.js';
import { isObjectId } from '../../lib/object-id.js';
import { sha256 } from './keys.js';
import { assertStrongPassword, type MemberService } from './members.js';

const DAY_MS = 86_400_000;

export function toInvite(doc: InviteDoc, now: number): Invite {
  return {
    id: doc.inviteId,
    email: doc.email,
    role: doc.role as Role,
    status: doc.expiresAt.getTime() > now ? 'pending' : 'expired',
    createdAt: doc.createdAt.toISOString(),
    createdBy: doc.createdBy,
    expiresAt: doc.expiresAt.toISOString(),
  };
}

export function createInviteService(models: Models, members: MemberService, now: () => number = Date.now) {
  // Accepting is check-then-claim; FerretDB's conditional update is not atomic under overlap.
  const serialize = keyedSerializer();

  const openInvites = (projectId: string) =>
    models.Invite.find({ projectId, acceptedAt: null, revokedAt: null }).lean<InviteDoc[]>().exec();

  /** The invite a link's token stands for, if it can still be accepted; else 404 or 410 saying why. */
  async function usable(token: string): Promise<InviteDoc> {
    const doc = token.length <= 100 ? await models.Invite.findById(sha256(token)).lean<InviteDoc>() : null;
    if (!doc)
      throw new HttpError(404, 'invite_not_found', 'This invite link is not valid; ask for a new one.');
    if (doc.acceptedAt)
      throw new HttpError(410, 'invite_used', 'This invite link was already used; sign in instead.');
    if (doc.revokedAt)
      throw new HttpError(410, 'invite_revoked', 'This invite was withdrawn; ask for a new one.');
    if (doc.expiresAt.getTime() <= now())
      throw new HttpError(410, 'invite_expired', 'This invite link has expired; ask for a new one.', {
        expiredAt: doc.expiresAt.toISOString(),
      });
    return doc;
  }

  async function findOwned(projectId: string, inviteId: string): Promise<InviteDoc> {
    const doc = isObjectId(inviteId) ? await models.Invite.findOne({ inviteId }).lean<InviteDoc>() : null;
    if (!doc || doc.projectId.toHexString() !== projectId || doc.revokedAt) throw notFound('Invite');
    return doc;
  }

  return {
    /**
     * A one-time link for an e-mail and role; the token is returned once and only its
     * hash is kept. Inviting the same e-mail again withdraws the earlier link.
     */
    async createInvite(
      projectId: string,
      input: InviteCreate,
      createdBy: string,
    ): Promise<{ invite: Invite; token: string }> {
      const member = await members.findMember(input.email);
      if (member?.projects.some((p) => p.projectId === projectId))
        throw new HttpError(
          409,
          'already_member',
          `${input.email} is already a member of this project; change their role instead.`,
        );
      const earlier = (await openInvites(projectId)).filter((i) => i.email === input.email);
      for (const doc of earlier)
        await models.Invite.updateOne({ _id: doc._id }, { $set: { revokedAt: new Date(now()) } });
      const token = randomBytes(32).toString('base64url');
      const doc = await models.Invite.create({
        _id: sha256(token),
        inviteId: new Types.ObjectId().toHexString(),
        projectId,
        email: input.email,
        role: input.role,
        createdAt: new Date(now()),
        createdBy,
        expiresAt: new Date(now() + input.expiresInDays * DAY_MS),
      });
      return { invite: toInvite(doc.toObject<InviteDoc>(), now()), token };
    },

    /** Invites neither accepted nor withdrawn, newest first (expired ones included, so they can be resent). */
    async listInvites(projectId: string): Promise<Invite[]> {
      const docs = await openInvites(projectId);
      return docs
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .map((doc) => toInvite(doc, now()));
    },

    /** Withdraws an invite: its link stops working (410 `invite_revoked`). */
    async revokeInvite(projectId: string, inviteId: string): Promise<Invite> {
      const doc = await findOwned(projectId, inviteId);
      if (doc.acceptedAt)
        throw new HttpError(
          409,
          'invite_used',
          `${doc.email} already accepted this invite; remove the member instead.`,
        );
      await models.Invite.updateOne({ _id: doc._id }, { $set: { revokedAt: new Date(now()) } });
      return toInvite(doc, now());
    },

    /** What the accept page shows. */
    async previewInvitation(token: string): Promise<InvitationPreview> {
      const doc = await usable(token);
      const project = await models.Project.findById(doc.projectId, { name: 1 }).lean<{ name: string }>();
      if (!project)
        throw new HttpError(410, 'invite_revoked', 'The project of this invite no longer exists.');
      const inviter = doc.createdBy.startsWith('api:') ? null : await members.findMember(doc.createdBy);
      return {
        projectName: project.name,
        email: doc.email,
        role: doc.role as Role,
        expiresAt: doc.expiresAt.toISOString(),
        invitedBy: { actor: doc.createdBy, name: inviter?.name ?? null },
        accountExists: Boolean(await members.findMember(doc.email)),
      };
    },

    /**
     * Accepts once: a new account gets the password (and name) given; an existing one
     * must prove it with its current password, which stays unchanged (otherwise whoever
     * holds a link could take over that person's account and their other projects).
     */
    acceptInvitation(
      token: string,
      input: InvitationAccept,
    ): Promise<{ member: MemberDoc; invite: Invite; projectId: string }> {
      return serialize(sha256(token), async () => {
        const doc = await usable(token);
        const projectId = doc.projectId.toHexString();
        const existing = await members.findMember(doc.email);
        if (existing?.projects.some((p) => p.projectId === projectId))
          throw new HttpError(
            409,
            'already_member',
            'You are already a member of this project; sign in instead.',
          );
        if (existing) {
          if (!(await members.authenticate(doc.email, input.password)))
            throw new HttpError(
              401,
              'invalid_credentials',
              `${doc.email} already has a Pulse account: enter its current password.`,
            );
        } else assertStrongPassword(input.password);
        const claimed = await models.Invite.updateOne(
          { _id: doc._id, acceptedAt: null, revokedAt: null },
          { $set: { acceptedAt: new Date(now()) } },
        );
        if (claimed.modifiedCount === 0)
          throw new HttpError(410, 'invite_used', 'This invite link was already used; sign in instead.');
        await members.addMember({
          projectId,
          email: doc.email,
          role: doc.role as Role,
          password: existing ? undefined : input.password,
          name: existing?.name ? undefined : input.name,
        });
        const member = await members.findMember(doc.email);
        if (!member) throw new Error(`member ${doc.email} missing right after accepting`);
        return { member, invite: toInvite(doc, now()), projectId };
      });
    },
  };
}

export type InviteService = ReturnType<typeof createInviteService>;
