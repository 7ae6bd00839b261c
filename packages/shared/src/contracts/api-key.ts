import { z } from 'zod';
import { IsoDate, ObjectId } from './common.js';
import { API_KEY_MAX_GRACE_SECONDS } from './names.js';

/**
 * A project API key (`Authorization: Bearer sk_…`). It acts as an owner. Only a
 * hash of the secret is stored; `prefix` (its first characters) tells keys apart.
 */
export const ApiKey = z.strictObject({
  id: ObjectId,
  name: z.string(),
  /** `sk_` and the next 6 characters; null for a key made before keys had names, until it is next used. */
  prefix: z.string().nullable(),
  /**
   * `active`; `expiring`: replaced by a rotation, still working until `revokedAt`;
   * `revoked`: refused (401) since `revokedAt`.
   */
  status: z.enum(['active', 'expiring', 'revoked']),
  createdAt: IsoDate,
  /** A member's e-mail, `api:<key prefix>`, or null for keys from `admin create-project`. */
  createdBy: z.string().nullable(),
  /** When it was last used, to the minute. */
  lastUsedAt: IsoDate.nullable(),
  revokedAt: IsoDate.nullable(),
  /** The key this one replaced in a rotation. */
  rotatedFrom: ObjectId.nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

export const ApiKeyList = z.strictObject({ items: z.array(ApiKey) });
export type ApiKeyList = z.infer<typeof ApiKeyList>;

export const ApiKeyCreate = z.strictObject({ name: z.string().trim().min(1).max(100) });
export type ApiKeyCreate = z.infer<typeof ApiKeyCreate>;

/** The answer to creating (or rotating to) a key: the only time its secret is shown. */
export const ApiKeyCreated = ApiKey.extend({ secret: z.string().startsWith('sk_') });
export type ApiKeyCreated = z.infer<typeof ApiKeyCreated>;

export const ApiKeyRotate = z.strictObject({
  /**
   * How long the old key keeps working, so deployments can switch over (0, the
   * default, revokes it at once: the choice after a leak). At most 7 days.
   */
  gracePeriodSeconds: z.number().int().min(0).max(API_KEY_MAX_GRACE_SECONDS).default(0),
});
export type ApiKeyRotate = z.infer<typeof ApiKeyRotate>;

export const ApiKeyRotated = z.strictObject({
  /** The new key, with its secret (shown this once). */
  created: ApiKeyCreated,
  /** The old key: `revoked`, or `expiring` until the end of the grace period. */
  replaced: ApiKey,
});
export type ApiKeyRotated = z.infer<typeof ApiKeyRotated>;
