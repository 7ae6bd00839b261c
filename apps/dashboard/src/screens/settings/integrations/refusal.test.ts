import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api.js';
import { refusalOf } from './refusal.js';

describe('why a webhook change was refused', () => {
  it('says who may, from the API’s 403', () => {
    const err = new ApiError(403, 'forbidden', 'no', {
      permission: 'webhooks.manage',
      allowedRoles: ['owner'],
    });
    expect(refusalOf(err)).toEqual({ kind: 'forbidden', allowedRoles: ['owner'] });
  });

  it('tells a paused webhook, a delivered delivery, a missing one, a refused body, no network and our fault apart', () => {
    expect(refusalOf(new ApiError(409, 'webhook_paused', 'x'))).toEqual({ kind: 'paused' });
    expect(refusalOf(new ApiError(409, 'already_delivered', 'x'))).toEqual({ kind: 'already_delivered' });
    expect(refusalOf(new ApiError(404, 'not_found', 'x'))).toEqual({ kind: 'gone' });
    expect(refusalOf(new ApiError(400, 'invalid_request', 'url: private address'))).toEqual({
      kind: 'invalid',
      reason: 'url: private address',
    });
    expect(refusalOf(new ApiError(0, 'network', 'x'))).toEqual({ kind: 'network' });
    expect(refusalOf(new ApiError(500, 'internal', 'x'))).toEqual({ kind: 'failed' });
    expect(refusalOf(new Error('boom'))).toEqual({ kind: 'failed' });
  });
});
