/**
 * Who may do what, zod-free so the dashboard can read it to hide what a role
 * cannot do. The API enforces the same table on every team route (each route
 * spec names one permission; a refusal is 403 `forbidden` naming it).
 */
import type { ROLES } from './contracts/names.js';

// The types are exported as `Role` and `Permission` with their zod schemas (contracts/).
type RoleName = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Read surveys, answers, summaries, follow-ups, webhooks, the team and the project. */
  'read',
  /** Assign follow-ups, add notes, change their status. */
  'followups.work',
  'surveys.manage',
  /** Invite, change roles, remove. */
  'members.manage',
  'keys.manage',
  'origins.manage',
  'webhooks.manage',
  'audit.read',
] as const;

type Permission = (typeof PERMISSIONS)[number];

/** Owners run the programme; agents work the queue and read everything; viewers only read. */
export const ROLE_PERMISSIONS: Record<RoleName, readonly Permission[]> = {
  owner: PERMISSIONS,
  agent: ['read', 'followups.work'],
  viewer: ['read'],
};

/** An API key acts for its project with an owner's permissions. */
export const API_KEY_ROLE: RoleName = 'owner';

export const can = (role: RoleName, permission: Permission): boolean =>
  ROLE_PERMISSIONS[role].includes(permission);

/** The roles that have a permission, most powerful first (for error messages and the docs). */
export const rolesWith = (permission: Permission): RoleName[] =>
  (Object.keys(ROLE_PERMISSIONS) as RoleName[]).filter((role) => can(role, permission));
