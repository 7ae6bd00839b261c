import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * The events of one publish as they were emitted, kept for reconnecting
 * dashboards: one document per batch, not per event, since every document is
 * a write on the ingest path. `_id` is `<projectId>:<last eventId zero-padded>`,
 * so the batches holding events after N are exactly the `_id`s above N's.
 * Pruned by a sweep (no TTL index on FerretDB).
 */
const eventSchema = new Schema(
  {
    _id: { type: String, required: true },
    projectId: { type: String, required: true },
    lastEventId: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    events: { type: [Schema.Types.Mixed], required: true },
  },
  { versionKey: false, minimize: false },
);
eventSchema.index({ createdAt: 1 });

export type EventDoc = InferSchemaType<typeof eventSchema> & { _id: string };
export const eventModel = (conn: Connection) => conn.model('Event', eventSchema, 'events');

export const eventDocId = (projectId: string, eventId: number) =>
  `${projectId}:${String(eventId).padStart(12, '0')}`;
