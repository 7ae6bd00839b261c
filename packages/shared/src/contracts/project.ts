import { z } from 'zod';
import { ObjectId } from './common.js';

/** An allowed widget origin: scheme, host and optional port, nothing else. */
export const Origin = z
  .string()
  .regex(/^https?:\/\/[^/\s?#]+$/, 'must be an origin such as https://acme.example (no path)');

export const ProjectCreate = z.strictObject({
  name: z.string().trim().min(1).max(200),
  origins: z.array(Origin).max(50).default([]),
});
export type ProjectCreate = z.infer<typeof ProjectCreate>;

/** What `admin create-project` prints; the API key is shown this once and stored hashed. */
export const ProjectCreated = z.strictObject({
  projectId: ObjectId,
  publicKey: z.string(),
  apiKey: z.string(),
});
export type ProjectCreated = z.infer<typeof ProjectCreated>;
