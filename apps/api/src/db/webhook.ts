import { type Connection, type InferSchemaType, Schema, type Types } from 'mongoose';

/** An endpoint a project's events are sent to, signed with its own secret. */
const webhookSchema = new Schema(
  {
    projectId: { type: Schema.Types.ObjectId, required: true, index: true },
    url: { type: String, required: true },
    events: { type: [String], required: true },
    format: { type: String, enum: ['standard', 'slack'], required: true },
    /** A `WebhookFilter`: which events get a delivery at all (judged when the outbox is written). */
    filter: { type: Schema.Types.Mixed, default: {} },
    /** Paused: new deliveries are written `held` and pending ones are held until resumed. */
    paused: { type: Boolean, default: false },
    /**
     * `whsec_…`. Kept as is, not hashed: signing each delivery needs the key
     * itself (an HMAC secret cannot be verified from a hash).
     */
    secret: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, default: null },
  },
  { versionKey: false, minimize: false },
);

export type WebhookDoc = InferSchemaType<typeof webhookSchema> & { _id: Types.ObjectId };
export const webhookModel = (conn: Connection) => conn.model('Webhook', webhookSchema, 'webhooks');
