import { type Connection, type InferSchemaType, Schema, type Types } from 'mongoose';

const noteSchema = new Schema(
  {
    id: { type: String, required: true },
    author: { type: String, required: true },
    text: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const historySchema = new Schema(
  {
    at: { type: Date, required: true },
    actor: { type: String, required: true },
    /** A `FollowUpChange` from the shared contract. */
    change: { type: Schema.Types.Mixed, required: true },
  },
  { _id: false },
);

/**
 * One follow-up per detractor answer. Its `_id` is the response's `_id`, so
 * opening it twice hits the primary key (no unique index beyond `_id` needed),
 * and the follow-up of an answer is found by an exact `_id` match.
 * The answer itself is copied in (`response`): answers never change, and
 * FerretDB has no `$lookup` to join them at read time.
 */
const followUpSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    projectId: { type: Schema.Types.ObjectId, required: true },
    surveyId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: ['open', 'in_progress', 'resolved', 'dismissed'], required: true },
    priority: { type: String, enum: ['urgent', 'high', 'normal', 'low'], required: true },
    /** 0 urgent … 3 low: the queue sorts on it (urgent first), then oldest first. */
    priorityRank: { type: Number, required: true },
    themes: { type: [String], default: [] },
    churnRisk: { type: Boolean, required: true },
    assignee: { type: String, default: null },
    notes: { type: [noteSchema], default: [] },
    history: { type: [historySchema], default: [] },
    dueAt: { type: Date, required: true },
    /** Bumped on every change: the optimistic-concurrency guard of PATCH. */
    version: { type: Number, required: true },
    /** A `ResponseItem` of the answer, as it was stored. */
    response: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
followUpSchema.index({ projectId: 1, priorityRank: 1, createdAt: 1, _id: 1 });

/** As `.lean()` returns it: the sub-document arrays are plain arrays. */
export type FollowUpDoc = Omit<InferSchemaType<typeof followUpSchema>, 'notes' | 'history'> & {
  _id: Types.ObjectId;
  notes: InferSchemaType<typeof noteSchema>[];
  history: InferSchemaType<typeof historySchema>[];
};
export const followUpModel = (conn: Connection) => conn.model('FollowUp', followUpSchema, 'followups');
