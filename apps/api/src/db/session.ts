import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * A signed-in browser. `_id` is the SHA-256 of the cookie's random token, so a
 * stolen database copy holds no usable cookies and lookups are exact `_id`
 * matches. No TTL index (FerretDB has none): expiry is checked on every read
 * and a sweep deletes expired sessions.
 */
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    memberId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
sessionSchema.index({ expiresAt: 1 });
sessionSchema.index({ memberId: 1 });

export type SessionDoc = InferSchemaType<typeof sessionSchema> & { _id: string };
export const sessionModel = (conn: Connection) => conn.model('Session', sessionSchema, 'sessions');
