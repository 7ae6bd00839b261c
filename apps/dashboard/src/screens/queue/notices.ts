import type { FollowUp } from '@pulse/shared/contracts';
import { ApiError } from '../../lib/api.js';

/**
 * Why a change to a follow-up was refused; the card says it in words (messages `notices`).
 * Anything else the API refuses keeps the API's own message.
 */
export type Notice =
  | { code: 'stale' | 'readOnly' | 'offline' | 'serverError' | 'gone' | 'invalidTransition' }
  | { code: 'refused'; message: string };

export function noticeOf(err: unknown): Notice {
  if (!(err instanceof ApiError) || err.status === 0) return { code: 'offline' };
  if (err.code === 'stale_version') return { code: 'stale' };
  if (err.code === 'invalid_transition') return { code: 'invalidTransition' };
  if (err.status === 403) return { code: 'readOnly' };
  if (err.status === 404) return { code: 'gone' };
  if (err.status >= 500) return { code: 'serverError' };
  return { code: 'refused', message: err.message };
}

/** A 409 for a stale version carries the current follow-up, to show in place of the stale one. */
export function currentOf(err: unknown): FollowUp | undefined {
  if (!(err instanceof ApiError) || err.code !== 'stale_version') return undefined;
  return (err.details as { current?: FollowUp } | undefined)?.current;
}
