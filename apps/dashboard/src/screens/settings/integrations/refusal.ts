import type { Role } from '@pulse/shared/contracts';
import { ApiError } from '../../../lib/api.js';

/**
 * Why the API refused a change, as a code the screen puts into words: a role that may
 * not (and who may), a paused webhook, a delivery already delivered, an address or
 * body it refused (its own reason kept, as data), a network failure, or our fault.
 */
export type Refusal =
  | { kind: 'forbidden'; allowedRoles: Role[] }
  | { kind: 'paused' }
  | { kind: 'already_delivered' }
  | { kind: 'gone' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'network' }
  | { kind: 'failed' };

const isRoles = (value: unknown): value is Role[] =>
  Array.isArray(value) && value.every((v) => v === 'owner' || v === 'agent' || v === 'viewer');

export function refusalOf(err: unknown): Refusal {
  if (!(err instanceof ApiError)) return { kind: 'failed' };
  if (err.status === 0) return { kind: 'network' };
  if (err.status === 403) {
    const roles = (err.details as { allowedRoles?: unknown } | undefined)?.allowedRoles;
    return { kind: 'forbidden', allowedRoles: isRoles(roles) ? roles : ['owner'] };
  }
  if (err.code === 'webhook_paused') return { kind: 'paused' };
  if (err.code === 'already_delivered') return { kind: 'already_delivered' };
  if (err.status === 404) return { kind: 'gone' };
  if (err.status === 400) return { kind: 'invalid', reason: err.message };
  return { kind: 'failed' };
}
