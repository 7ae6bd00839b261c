import { z } from 'zod';
import { IsoDate } from './common.js';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from './names.js';

export const AuditTargetType = z.enum(AUDIT_TARGET_TYPES);
export type AuditTargetType = z.infer<typeof AuditTargetType>;

export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** A few fields of the target before or after the change (not the whole document). */
const Snapshot = z.record(z.string(), z.unknown()).nullable();

/** One change: who did what to which thing, when. */
export const AuditEntry = z.strictObject({
  /** Increasing per project: later changes have larger ids. */
  id: z.string(),
  at: IsoDate,
  /** A member's e-mail, or `api:<key prefix>` for an API key. */
  actor: z.string(),
  action: AuditAction,
  target: z.strictObject({
    type: AuditTargetType,
    /** A survey, key or webhook id; a member's e-mail; the project id for its origins. */
    id: z.string(),
    /** A name to show: the survey's or key's name, the webhook's host, the member's name. */
    name: z.string().nullable(),
  }),
  before: Snapshot,
  after: Snapshot,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditListQuery = z.strictObject({
  targetType: AuditTargetType.optional(),
  /** Exactly as entries name it: `ana@acme.example` or `api:sk_ab12cd`. */
  actor: z.string().trim().min(1).max(300).optional(),
  /** `nextCursor` of the previous page, with the same filters. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;

/**
 * Newest first; `nextCursor` is null on the last page. With both filters a page may
 * hold fewer than `limit` entries before the last one: follow `nextCursor`.
 */
export const AuditPage = z.strictObject({
  items: z.array(AuditEntry),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;
