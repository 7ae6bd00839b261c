import { ApiError } from '../../../lib/api.js';

/**
 * Why a survey change was refused, as a code the screen puts into words (messages
 * `notices`); anything else the API refuses keeps the API's own message.
 */
export type Notice =
  | { code: 'stale' | 'readOnly' | 'offline' | 'serverError' | 'gone' }
  | { code: 'refused'; message: string };

export function noticeOf(err: unknown): Notice {
  if (!(err instanceof ApiError) || err.status === 0) return { code: 'offline' };
  if (err.code === 'stale_version') return { code: 'stale' };
  if (err.status === 403) return { code: 'readOnly' };
  if (err.status === 404) return { code: 'gone' };
  if (err.status >= 500) return { code: 'serverError' };
  return { code: 'refused', message: err.message };
}
