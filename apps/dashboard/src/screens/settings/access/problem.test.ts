import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api.js';
import { problemOf, refusalCode } from './problem.js';

describe('problemOf', () => {
  it('names who may when the API refuses a role, from details.allowedRoles', () => {
    const err = new ApiError(403, 'forbidden', 'no', {
      permission: 'keys.manage',
      role: 'agent',
      allowedRoles: ['owner'],
    });
    expect(problemOf(err)).toEqual({ kind: 'forbidden', allowedRoles: ['owner'] });
    expect(problemOf(new ApiError(403, 'forbidden', 'no', { allowedRoles: ['nobody'] }))).toEqual({
      kind: 'forbidden',
      allowedRoles: ['owner'],
    });
  });

  it('tells a network failure, an ended session, a limit and a fault on our side apart', () => {
    expect(problemOf(new TypeError('fetch failed')).kind).toBe('offline');
    expect(problemOf(new ApiError(0, 'network', 'Network error')).kind).toBe('offline');
    expect(problemOf(new ApiError(401, 'unauthorized', 'x')).kind).toBe('signedOut');
    expect(problemOf(new ApiError(429, 'rate_limited', 'x')).kind).toBe('limited');
    expect(problemOf(new ApiError(503, 'database_unavailable', 'x')).kind).toBe('serverError');
    expect(problemOf(new ApiError(404, 'member_not_found', 'x')).kind).toBe('notFound');
  });

  it('keeps the code of a refusal a screen words itself, and an unusable invite link', () => {
    const lastOwner = problemOf(new ApiError(409, 'last_owner', 'Make someone else an owner first'));
    expect(refusalCode(lastOwner)).toBe('last_owner');
    expect(refusalCode(problemOf(new ApiError(404, 'invite_not_found', 'x')))).toBe('invite_not_found');
    expect(refusalCode(problemOf(new ApiError(500, 'internal_error', 'x')))).toBeNull();
    expect(refusalCode(null)).toBeNull();
  });
});
