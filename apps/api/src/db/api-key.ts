import { type Connection, type InferSchemaType, Schema, type Types } from 'mongoose';

/**
 * A project API key. `_id` is the SHA-256 of the secret, so authenticating a
 * request is one exact `_id` read (the only filter FerretDB pushes down); the
 * public `keyId` names it in the API. Revoked keys stay, for the list and the audit log.
 */
const apiKeySchema = new Schema(
  {
    _id: { type: String, required: true },
    keyId: { type: String, required: true, unique: true },
    projectId: { type: Schema.Types.ObjectId, required: true, index: true },
    name: { type: String, required: true },
    /** `sk_` + 6 characters; null for keys adopted from the old `apiKeyHashes` until next used. */
    prefix: { type: String, default: null },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, default: null },
    lastUsedAt: { type: Date, default: null },
    /** From this time on the key is refused; a future time is a rotation's grace period. */
    revokedAt: { type: Date, default: null },
    rotatedFrom: { type: String, default: null },
  },
  { versionKey: false },
);

export type ApiKeyDoc = InferSchemaType<typeof apiKeySchema> & { _id: string; projectId: Types.ObjectId };
export const apiKeyModel = (conn: Connection) => conn.model('ApiKey', apiKeySchema, 'api_keys');
