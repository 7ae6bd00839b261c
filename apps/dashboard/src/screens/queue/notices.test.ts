import type { FollowUp } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api.js';
import { currentOf, noticeOf } from './notices.js';

describe('notices', () => {
  it('tells apart a colleague, read-only access, no connection, a gone card and a fault of ours', () => {
    expect(noticeOf(new ApiError(409, 'stale_version', 'x'))).toEqual({ code: 'stale' });
    expect(noticeOf(new ApiError(403, 'forbidden', 'x'))).toEqual({ code: 'readOnly' });
    expect(noticeOf(new ApiError(0, 'network', 'x'))).toEqual({ code: 'offline' });
    expect(noticeOf(new TypeError('failed to fetch'))).toEqual({ code: 'offline' });
    expect(noticeOf(new ApiError(404, 'not_found', 'x'))).toEqual({ code: 'gone' });
    expect(noticeOf(new ApiError(503, 'unavailable', 'x'))).toEqual({ code: 'serverError' });
    expect(noticeOf(new ApiError(409, 'invalid_transition', 'It is resolved.'))).toEqual({
      code: 'invalidTransition',
    });
    expect(noticeOf(new ApiError(400, 'invalid_request', 'Invalid body: note: too long'))).toEqual({
      code: 'refused',
      message: 'Invalid body: note: too long',
    });
  });

  it('finds the current follow-up in a stale-version refusal only', () => {
    const current = { id: 'a', version: 3 } as FollowUp;
    expect(currentOf(new ApiError(409, 'stale_version', 'x', { current }))).toBe(current);
    expect(currentOf(new ApiError(409, 'invalid_transition', 'x', { current }))).toBeUndefined();
  });
});
