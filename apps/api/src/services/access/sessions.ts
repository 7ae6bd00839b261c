import { randomBytes } from 'node:crypto';
import type { MemberDoc } from '../../db/member.js';
import type { Models } from '../../db/models.js';
import type { SessionDoc } from '../../db/session.js';
import { throttled } from '../../lib/throttled.js';
import { sha256 } from './keys.js';
import type { MemberService } from './members.js';

export const SESSION_TTL_MS = 7 * 86_400_000;
/** Expired sessions are refused on read at once; this only bounds how long they take up space. */
const SWEEP_EVERY_MS = 10 * 60_000;

export interface ActiveSession {
  id: string;
  member: MemberDoc;
  expiresAt: Date;
}

type RevokeListener = (sessionId: string) => void;

export function createSessionService(models: Models, members: MemberService, now: () => number = Date.now) {
  const listeners = new Set<RevokeListener>();
  const sweep = throttled(SWEEP_EVERY_MS, now, () =>
    models.Session.deleteMany({ expiresAt: { $lte: new Date(now()) } }),
  );

  /** Signs out: the session is deleted and open sockets of it are told to close. */
  async function revoke(sessionId: string): Promise<void> {
    await models.Session.deleteOne({ _id: sessionId });
    for (const listener of listeners) listener(sessionId);
  }

  return {
    /** A new session; the token goes into the cookie and only its hash is stored. */
    async openSession(member: MemberDoc): Promise<{ token: string; expiresAt: Date }> {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now() + SESSION_TTL_MS);
      await models.Session.create({
        _id: sha256(token),
        memberId: member._id,
        createdAt: new Date(now()),
        expiresAt,
      });
      members.touchLastSeen(member._id);
      return { token, expiresAt };
    },

    /** The session a cookie token stands for, or null if unknown, expired or its member is gone. */
    async resolve(token: string | undefined): Promise<ActiveSession | null> {
      sweep();
      if (!token || token.length > 100) return null;
      const id = sha256(token);
      const session = await models.Session.findById(id).lean<SessionDoc>();
      if (!session) return null;
      if (session.expiresAt.getTime() <= now()) {
        await models.Session.deleteOne({ _id: id });
        return null;
      }
      const member = await members.findMember(session.memberId);
      if (!member) return null;
      members.touchLastSeen(member._id);
      return { id, member, expiresAt: session.expiresAt };
    },

    revoke,

    /**
     * Ends every session of a person (removed from a project): their open sockets close,
     * and they sign in again to whatever projects they still belong to.
     */
    async revokeAllOf(email: string): Promise<void> {
      const sessions = await models.Session.find({ memberId: email }, { _id: 1 }).lean<{ _id: string }[]>();
      for (const session of sessions) await revoke(session._id);
    },

    /** The live gateway listens, to disconnect the sockets of a session that signed out. */
    onRevoke(listener: RevokeListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
