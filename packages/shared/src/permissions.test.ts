import { describe, expect, it } from 'vitest';
import { ROLES } from './contracts/names.js';
import { API_KEY_ROLE, can, PERMISSIONS, ROLE_PERMISSIONS, rolesWith } from './permissions.js';

describe('the permission table', () => {
  it('gives every role reading, and each permission to at least the owner', () => {
    for (const role of ROLES) expect(can(role, 'read'), role).toBe(true);
    for (const permission of PERMISSIONS) expect(rolesWith(permission)[0], permission).toBe('owner');
  });

  it('lets agents work follow-ups and nothing an owner manages; viewers only read', () => {
    expect(can('agent', 'followups.work')).toBe(true);
    for (const permission of [
      'surveys.manage',
      'members.manage',
      'keys.manage',
      'origins.manage',
      'webhooks.manage',
      'audit.read',
    ] as const) {
      expect(can('agent', permission), permission).toBe(false);
      expect(can('viewer', permission), permission).toBe(false);
    }
    expect(ROLE_PERMISSIONS.viewer).toEqual(['read']);
  });

  it('lets API keys act as owners', () => {
    expect(API_KEY_ROLE).toBe('owner');
  });
});
