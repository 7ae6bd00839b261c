import type { Role } from '@pulse/shared/contracts';
import { ROLES } from '@pulse/shared/names';
import { ApiError } from '../../../lib/api.js';

/**
 * Why a request of the team and access sections failed, as a kind the screen puts into
 * words (`Problem.svelte`). A refusal particular to one screen (`last_owner`,
 * `key_revoked`…) keeps its API code, so that screen can say it in its own words.
 */
export type Problem =
  | { kind: 'offline' | 'signedOut' | 'limited' | 'serverError' | 'notFound' }
  | { kind: 'forbidden'; allowedRoles: Role[] }
  | { kind: 'refused'; code: string; message: string; details?: unknown };

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

/** Who may, from a 403's `details.allowedRoles`; owners when the API did not say. */
function allowedRolesOf(details: unknown): Role[] {
  const roles = (details as { allowedRoles?: unknown } | undefined)?.allowedRoles;
  const known = Array.isArray(roles) ? roles.filter(isRole) : [];
  return known.length > 0 ? known : ['owner'];
}

export function problemOf(err: unknown): Problem {
  if (!(err instanceof ApiError) || err.status === 0) return { kind: 'offline' };
  if (err.status === 401) return { kind: 'signedOut' };
  if (err.status === 403 && err.code === 'forbidden')
    return { kind: 'forbidden', allowedRoles: allowedRolesOf(err.details) };
  if (err.status === 429) return { kind: 'limited' };
  if (err.status >= 500) return { kind: 'serverError' };
  if (err.status === 404 && !err.code.startsWith('invite_')) return { kind: 'notFound' };
  return {
    kind: 'refused',
    code: err.code,
    message: err.message,
    ...(err.details === undefined ? {} : { details: err.details }),
  };
}

/** The API code of a refusal, for a screen's own wording of it. */
export const refusalCode = (problem: Problem | null): string | null =>
  problem?.kind === 'refused' ? problem.code : null;
