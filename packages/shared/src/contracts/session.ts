import { z } from 'zod';
import { ObjectId } from './common.js';
import { DASHBOARD_LANGUAGES, ROLES } from './names.js';

/** What each role may do is `ROLE_PERMISSIONS` in permissions.ts. */
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Email = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());

export const SessionCreate = z.strictObject({
  email: Email,
  password: z.string().min(1).max(1024),
});
export type SessionCreate = z.infer<typeof SessionCreate>;

export const Membership = z.strictObject({
  projectId: ObjectId,
  projectName: z.string(),
  role: Role,
});
export type Membership = z.infer<typeof Membership>;

/** A language the dashboard speaks; `null` follows the browser's languages. */
export const DashboardLocale = z.enum(DASHBOARD_LANGUAGES).nullable();
export type DashboardLocale = z.infer<typeof DashboardLocale>;

/** `GET /v1/session`: who is signed in and which projects they may open. */
export const SessionInfo = z.strictObject({
  member: z.strictObject({
    email: z.string(),
    name: z.string().nullable(),
    /** The dashboard language the member chose, on any browser; null until they choose. */
    locale: DashboardLocale,
  }),
  projects: z.array(Membership),
  expiresAt: z.iso.datetime(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** `PATCH /v1/session`: the signed-in member's own preferences. */
export const SessionPatch = z.strictObject({ locale: DashboardLocale });
export type SessionPatch = z.infer<typeof SessionPatch>;

/** What `admin create-member` prints; the password is shown only when it was generated. */
export const MemberCreated = z.strictObject({
  email: z.string(),
  projectId: ObjectId,
  role: Role,
  password: z.string().optional(),
});
export type MemberCreated = z.infer<typeof MemberCreated>;
