import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import {
  type Member,
  type MemberCreated,
  type Membership,
  MIN_PASSWORD_LENGTH,
  type Role,
} from '@pulse/shared';
import type { MemberDoc } from '../../db/member.js';
import type { Models } from '../../db/models.js';
import { HttpError } from '../../errors.js';
import { keyedSerializer } from '../../lib/keyed-serializer.js';
import { oncePerInterval } from '../../lib/once-per-interval.js';

/** @node-rs/argon2's default algorithm is argon2id; these are OWASP's minimum costs for it. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const LAST_SEEN_EVERY_MS = 60_000;

export const hashPassword = (password: string) => hash(password, ARGON2);

/** A readable generated password: 18 random bytes, about 144 bits. */
export const newPassword = () => randomBytes(18).toString('base64url');

export function assertStrongPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new HttpError(400, 'weak_password', `A password has at least ${MIN_PASSWORD_LENGTH} characters.`);
}

export interface MemberInput {
  email: string;
  projectId: string;
  role: Role;
  password?: string | undefined;
  name?: string | undefined;
}

/** A membership as read with `lean()`. */
interface MembershipDoc {
  projectId: string;
  role: string;
  joinedAt?: Date | null | undefined;
}

export function toMember(doc: MemberDoc, membership: MembershipDoc): Member {
  return {
    email: doc._id,
    name: doc.name ?? null,
    role: membership.role as Role,
    joinedAt: (membership.joinedAt ?? doc.createdAt).toISOString(),
    lastSeenAt: doc.lastSeenAt?.toISOString() ?? null,
  };
}

const roleOrder: Record<Role, number> = { owner: 0, agent: 1, viewer: 2 };

export function createMemberService(models: Models, now: () => number = Date.now) {
  // Verified against when the e-mail is unknown, so a miss costs as long as a wrong password.
  const decoy = hashPassword(newPassword());
  const seenDue = oncePerInterval(LAST_SEEN_EVERY_MS, now);
  // Every change of memberships takes its turn in this process: the last-owner rule reads
  // several documents, and FerretDB's read-then-write updates could lose a change otherwise.
  // They are rare, so one queue for all of them costs nothing.
  const serialize = keyedSerializer();
  const inTurn = <T>(work: () => Promise<T>) => serialize('memberships', work);

  const findMember = (email: string) => models.Member.findById(email.toLowerCase()).lean<MemberDoc>().exec();

  /** The project's members (a scan of the small members collection on FerretDB; indexed on MongoDB). */
  const membersOf = (projectId: string) =>
    models.Member.find({ 'projects.projectId': projectId }).lean<MemberDoc[]>().exec();

  async function findInProject(projectId: string, email: string) {
    const doc = await findMember(email);
    const membership = doc?.projects.find((p) => p.projectId === projectId);
    if (!doc || !membership)
      throw new HttpError(404, 'member_not_found', `${email} is not a member of this project.`);
    return { doc, membership };
  }

  /** Refuses to leave the project without an owner. */
  async function assertAnotherOwner(projectId: string, email: string): Promise<void> {
    const owners = (await membersOf(projectId)).filter((m) =>
      m.projects.some((p) => p.projectId === projectId && p.role === 'owner'),
    );
    if (owners.every((m) => m._id === email))
      throw new HttpError(
        409,
        'last_owner',
        `${email} is the project's only owner; make someone else an owner first.`,
      );
  }

  async function membershipsOf(member: MemberDoc): Promise<Membership[]> {
    const ids = member.projects.map((p) => p.projectId);
    const projects = await models.Project.find({ _id: { $in: ids } }, { name: 1 }).lean<
      { _id: { toHexString(): string }; name: string }[]
    >();
    const names = new Map(projects.map((p) => [p._id.toHexString(), p.name]));
    return member.projects
      .filter((p) => names.has(p.projectId))
      .map((p) => ({ projectId: p.projectId, projectName: names.get(p.projectId)!, role: p.role as Role }));
  }

  return {
    /**
     * Adds a person to a project with a role (or changes their role there).
     * A new person gets the given password, or a generated one that is returned once.
     */
    async addMember(input: MemberInput): Promise<MemberCreated> {
      const email = input.email.toLowerCase();
      if (!(await models.Project.exists({ _id: input.projectId }))) {
        throw new HttpError(404, 'project_not_found', `No project ${input.projectId}.`);
      }
      if (input.password !== undefined) assertStrongPassword(input.password);
      const generated =
        input.password === undefined && !(await findMember(email)) ? newPassword() : undefined;
      const password = input.password ?? generated;
      const passwordHash = password ? await hashPassword(password) : undefined;
      await inTurn(async () => {
        const existing = await findMember(email);
        const before = existing?.projects.find((p) => p.projectId === input.projectId);
        const projects = [
          ...(existing?.projects ?? []).filter((p) => p.projectId !== input.projectId),
          { projectId: input.projectId, role: input.role, joinedAt: before?.joinedAt ?? new Date(now()) },
        ];
        await models.Member.updateOne(
          { _id: email },
          {
            $set: {
              projects,
              ...(passwordHash ? { passwordHash } : {}),
              ...(input.name ? { name: input.name } : {}),
            },
          },
          { upsert: true },
        );
      });
      return {
        email,
        projectId: input.projectId,
        role: input.role,
        ...(generated ? { password: generated } : {}),
      };
    },

    /** The member when the password is right, else null; the same time either way. */
    async authenticate(email: string, password: string): Promise<MemberDoc | null> {
      const member = await findMember(email);
      const ok = await verify(member?.passwordHash ?? (await decoy), password).catch(() => false);
      return member && ok ? member : null;
    },

    findMember,
    membershipsOf,

    /** Everyone in the project, owners first, then by e-mail. */
    async listMembers(projectId: string): Promise<Member[]> {
      const members = (await membersOf(projectId)).map((doc) =>
        toMember(doc, doc.projects.find((p) => p.projectId === projectId)!),
      );
      return members.sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.email.localeCompare(b.email));
    },

    /** Gives a member another role; the only owner cannot stop being one (409 `last_owner`). */
    changeRole(projectId: string, email: string, role: Role): Promise<{ before: Member; after: Member }> {
      return inTurn(async () => {
        const { doc, membership } = await findInProject(projectId, email);
        if (membership.role === 'owner' && role !== 'owner') await assertAnotherOwner(projectId, doc._id);
        const projects = doc.projects.map((p) => (p.projectId === projectId ? { ...p, role } : p));
        await models.Member.updateOne({ _id: doc._id }, { $set: { projects } });
        return { before: toMember(doc, membership), after: toMember(doc, { ...membership, role }) };
      });
    },

    /**
     * Takes a member out of the project (the only owner cannot be: 409 `last_owner`).
     * A person left in no project is deleted, password and all.
     */
    removeMember(projectId: string, email: string): Promise<Member> {
      return inTurn(async () => {
        const { doc, membership } = await findInProject(projectId, email);
        if (membership.role === 'owner') await assertAnotherOwner(projectId, doc._id);
        const projects = doc.projects.filter((p) => p.projectId !== projectId);
        if (projects.length === 0) await models.Member.deleteOne({ _id: doc._id });
        else await models.Member.updateOne({ _id: doc._id }, { $set: { projects } });
        return toMember(doc, membership);
      });
    },

    /** Notes that the member used the dashboard, at most once a minute (behind the request). */
    touchLastSeen(email: string): void {
      if (!seenDue(email)) return;
      // In turn too: on FerretDB an overlapping update of the same document could undo a role change.
      void inTurn(() =>
        models.Member.updateOne({ _id: email }, { $set: { lastSeenAt: new Date(now()) } }),
      ).catch(() => undefined);
    },
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
