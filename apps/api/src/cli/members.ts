import { parseArgs } from 'node:util';
import { Email, ObjectId, Role } from '@pulse/shared';
import { z } from 'zod';
import type { Services } from '../services/index.js';
import { UsageError, usageError } from './usage.js';

const CreateMemberArgs = z.strictObject({
  project: ObjectId,
  email: Email,
  role: Role,
  password: z.string().optional(),
  name: z.string().trim().min(1).max(200).optional(),
});

/** What re-running create-member did, so adding someone twice is never silent. */
export type MemberChange = 'created' | 'added_to_project' | 'role_changed' | 'unchanged';

/**
 * `create-member --project <id> --email a@b --role owner|agent|viewer [--password …] [--name …]`:
 * adds a person to a project (or changes their role there). Without --password a new
 * person gets a generated one, printed this once; an existing person keeps theirs.
 * Prefer the generated password: one given on the command line stays in shell history.
 */
export async function createMemberCommand(args: string[], services: Services) {
  const { values } = parseArgs({
    args,
    options: {
      project: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const input = CreateMemberArgs.safeParse(values);
  if (!input.success) {
    throw usageError(input.error);
  }
  const { project, email, role, password, name } = input.data;
  if (!(await services.models.Project.exists({ _id: project })))
    throw new UsageError(`--project: no project ${project} in this database (create-project prints its id)`);
  const existing = await services.members.findMember(email);
  const before = existing?.projects.find((p) => p.projectId === project);
  const created = await services.members.addMember({ projectId: project, email, role, password, name });
  const change: MemberChange = !existing
    ? 'created'
    : !before
      ? 'added_to_project'
      : before.role === role
        ? 'unchanged'
        : 'role_changed';
  const said: Record<MemberChange, string> = {
    created: `Added ${created.email} as ${role}${created.password ? '; the password below is shown this once' : ''}.`,
    added_to_project: `${created.email} already had an account; now also ${role} of this project (password unchanged).`,
    role_changed: `${created.email} was ${before?.role} of this project; now ${role}.`,
    unchanged: `${created.email} was already ${role} of this project; nothing changed.`,
  };
  console.error(said[change]);
  return { ...created, change };
}
