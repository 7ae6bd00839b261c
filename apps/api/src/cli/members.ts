import { parseArgs } from 'node:util';
import { Email, ObjectId, Role } from '@pulse/shared';
import { z } from 'zod';
import type { Services } from '../services/index.js';
import { usageError } from './usage.js';

const CreateMemberArgs = z.strictObject({
  project: ObjectId,
  email: Email,
  role: Role,
  password: z.string().optional(),
  name: z.string().trim().min(1).max(200).optional(),
});

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
  return services.members.addMember({ projectId: project, email, role, password, name });
}
