import { z } from 'zod';
import { ObjectId } from './common.js';
import { ROLES } from './names.js';

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

/** `GET /v1/session`: who is signed in and which projects they may open. */
export const SessionInfo = z.strictObject({
  member: z.strictObject({ email: z.string(), name: z.string().nullable() }),
  projects: z.array(Membership),
  expiresAt: z.iso.datetime(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** What `admin create-member` prints; the password is shown only when it was generated. */
export const MemberCreated = z.strictObject({
  email: z.string(),
  projectId: ObjectId,
  role: Role,
  password: z.string().optional(),
});
export type MemberCreated = z.infer<typeof MemberCreated>;
