import { type Connection, type InferSchemaType, Schema, type Types } from 'mongoose';

/** An endpoint a project's events are sent to, signed with its own secret. */
const webhookSchema = new Schema(
  {
    projectId: { type: Schema.Types.ObjectId, required: true, index: true },
    url: { type: String, required: true },
    events: { type: [String], required: true },
    format: { type: String, enum: ['standard', 'slack'], required: true },
    /**
     * `whsec_…`. Kept as is, not hashed: signing each delivery needs the key
     * itself (an HMAC secret cannot be verified from a hash).
     */
    secret: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export type WebhookDoc = InferSchemaType<typeof webhookSchema> & { _id: Types.ObjectId };
export const webhookModel = (conn: Connection) => conn.model('Webhook', webhookSchema, 'webhooks');
