import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * A live event as it was emitted, kept for reconnecting dashboards. `_id` is
 * `<projectId>:<eventId zero-padded>`, so one project's events sort by `_id`
 * in id order. Pruned by a sweep (no TTL index on FerretDB).
 */
const eventSchema = new Schema(
  {
    _id: { type: String, required: true },
    projectId: { type: String, required: true },
    eventId: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    event: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, minimize: false },
);
eventSchema.index({ createdAt: 1 });

export type EventDoc = InferSchemaType<typeof eventSchema> & { _id: string };
export const eventModel = (conn: Connection) => conn.model('Event', eventSchema, 'events');

export const eventDocId = (projectId: string, eventId: number) =>
  `${projectId}:${String(eventId).padStart(12, '0')}`;
