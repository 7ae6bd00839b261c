import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { MemberCreated, Membership, Role } from '@pulse/shared';
import type { MemberDoc } from '../../db/member.js';
import type { Models } from '../../db/models.js';
import { HttpError } from '../../errors.js';

/** @node-rs/argon2's default algorithm is argon2id; these are OWASP's minimum costs for it. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
export const MIN_PASSWORD_LENGTH = 12;

export const hashPassword = (password: string) => hash(password, ARGON2);

/** A readable generated password: 18 random bytes, about 144 bits. */
export const newPassword = () => randomBytes(18).toString('base64url');

export interface MemberInput {
  email: string;
  projectId: string;
  role: Role;
  password?: string | undefined;
  name?: string | undefined;
}

export function createMemberService(models: Models) {
  // Verified against when the e-mail is unknown, so a miss costs as long as a wrong password.
  const decoy = hashPassword(newPassword());

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
      if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
        throw new HttpError(
          400,
          'weak_password',
          `A password has at least ${MIN_PASSWORD_LENGTH} characters.`,
        );
      }
      const existing = await models.Member.findById(email).lean<MemberDoc>();
      const generated = !existing && input.password === undefined ? newPassword() : undefined;
      const password = input.password ?? generated;
      const projects = [
        ...(existing?.projects ?? []).filter((p) => p.projectId !== input.projectId),
        { projectId: input.projectId, role: input.role },
      ];
      await models.Member.updateOne(
        { _id: email },
        {
          $set: {
            projects,
            ...(password ? { passwordHash: await hashPassword(password) } : {}),
            ...(input.name ? { name: input.name } : {}),
          },
        },
        { upsert: true },
      );
      return {
        email,
        projectId: input.projectId,
        role: input.role,
        ...(generated ? { password: generated } : {}),
      };
    },

    /** The member when the password is right, else null; the same time either way. */
    async authenticate(email: string, password: string): Promise<MemberDoc | null> {
      const member = await models.Member.findById(email.toLowerCase()).lean<MemberDoc>();
      const ok = await verify(member?.passwordHash ?? (await decoy), password).catch(() => false);
      return member && ok ? member : null;
    },

    findMember: (email: string) => models.Member.findById(email.toLowerCase()).lean<MemberDoc>().exec(),

    membershipsOf,
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
