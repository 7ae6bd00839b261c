import { type Connection, type InferSchemaType, Schema, type Types } from 'mongoose';

const attemptSchema = new Schema(
  {
    at: { type: Date, required: true },
    statusCode: { type: Number, default: null },
    error: { type: String, default: null },
    durationMs: { type: Number, required: true },
  },
  { _id: false },
);

/**
 * The webhook outbox: one row per (webhook, event), written before anything is
 * sent. Its `_id` (`msg_…`) is derived from webhook, event type, source id and
 * version, so writing the same event twice hits the primary key, and it is the
 * `webhook-id` header receivers deduplicate on.
 */
const deliverySchema = new Schema(
  {
    _id: { type: String, required: true },
    projectId: { type: Schema.Types.ObjectId, required: true },
    webhookId: { type: Schema.Types.ObjectId, required: true },
    eventType: { type: String, required: true },
    /** A pending row of a paused webhook is shown as `held` (it is not sent until resumed). */
    status: { type: String, enum: ['pending', 'delivered', 'failed'], required: true },
    /** The exact JSON sent and signed on every attempt. */
    body: { type: String, required: true },
    attempts: { type: [attemptSchema], default: [] },
    /** When a dispatcher may next take it; a claim moves it forward by the lease. */
    nextAttemptAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    /** Failed attempts are retried until here: 24 h after the event, a manual retry or a resume. */
    retryUntil: { type: Date, default: null },
    deliveredAt: { type: Date, default: null },
  },
  { versionKey: false },
);
deliverySchema.index({ status: 1, nextAttemptAt: 1 });
deliverySchema.index({ webhookId: 1, createdAt: -1, _id: -1 });

/** As `.lean()` returns it: `attempts` is a plain array. */
export type DeliveryDoc = Omit<InferSchemaType<typeof deliverySchema>, 'attempts'> & {
  _id: string;
  projectId: Types.ObjectId;
  attempts: InferSchemaType<typeof attemptSchema>[];
};
export const deliveryModel = (conn: Connection) => conn.model('Delivery', deliverySchema, 'deliveries');
