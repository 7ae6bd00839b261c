import { z } from 'zod';
import { PERMISSIONS } from '../permissions.js';
import { IsoDate, ObjectId } from './common.js';
import { MAX_ORIGINS } from './names.js';
import { Role } from './session.js';

/**
 * An allowed widget origin: scheme, host and optional port, nothing else. Stored as
 * the browser sends it in `Origin` (host lower-cased, default port dropped), so
 * `https://Acme.example:443` is kept as `https://acme.example`. One trailing slash, as
 * an address bar shows it, is dropped too.
 */
export const Origin = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[^/\s?#]+\/?$/, 'must be an origin such as https://acme.example (no path)')
  .refine((o) => URL.canParse(o), 'must be an origin such as https://acme.example (no path)')
  .transform((o) => new URL(o).origin);

/** At most 50 origins, each once (after normalizing). */
const Origins = z
  .array(Origin)
  .max(MAX_ORIGINS)
  .transform((origins) => [...new Set(origins)]);

export const ProjectCreate = z.strictObject({
  name: z.string().trim().min(1).max(200),
  origins: Origins.default([]),
});
export type ProjectCreate = z.infer<typeof ProjectCreate>;

/** What `admin create-project` prints; the API key is shown this once and stored hashed. */
export const ProjectCreated = z.strictObject({
  projectId: ObjectId,
  publicKey: z.string(),
  apiKey: z.string(),
});
export type ProjectCreated = z.infer<typeof ProjectCreated>;

export const Permission = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof Permission>;

/** Who is calling: a signed-in member, or an API key (which acts as an owner). */
export const Caller = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), email: z.string() }),
  z.strictObject({ kind: z.literal('apiKey'), keyId: ObjectId, prefix: z.string() }),
]);
export type Caller = z.infer<typeof Caller>;

/** `GET /v1/project`: the project's settings and what the caller may do in it. */
export const ProjectInfo = z.strictObject({
  id: ObjectId,
  name: z.string(),
  /** Goes into the widget snippet (`data-project`); grants nothing secret. */
  publicKey: z.string(),
  origins: z.array(z.string()),
  createdAt: IsoDate,
  caller: Caller,
  role: Role,
  /** The caller's permissions (`ROLE_PERMISSIONS[role]`), for hiding what they cannot do. */
  permissions: z.array(Permission),
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

/** `PUT /v1/project/origins`: the whole list, replacing the current one. */
export const OriginsReplace = z.strictObject({ origins: Origins });
export type OriginsReplace = z.infer<typeof OriginsReplace>;

export const OriginList = z.strictObject({ origins: z.array(z.string()) });
export type OriginList = z.infer<typeof OriginList>;
