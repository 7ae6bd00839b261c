import { type Connection, type InferSchemaType, Schema, type Types } from 'mongoose';

/**
 * One answer. Its `_id` is derived from (project, idempotency key), so the
 * primary key itself makes a replay impossible to store twice, and the replay
 * lookup is an exact `_id` match (the only filter FerretDB's SQLite pushes down).
 */
const responseSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    projectId: { type: Schema.Types.ObjectId, required: true },
    surveyId: { type: Schema.Types.ObjectId, required: true },
    score: { type: Number, required: true, min: 0, max: 10 },
    category: { type: String, enum: ['detractor', 'passive', 'promoter'], required: true },
    comment: { type: String, default: null },
    locale: { type: String, default: null },
    respondent: { type: Schema.Types.Mixed, default: {} },
    context: { type: Schema.Types.Mixed, default: {} },
    classification: { type: Schema.Types.Mixed, default: null },
    idempotencyKey: { type: String, required: true },
    /** Hash of the request body: a replay must match it, or the key was reused for another answer. */
    requestHash: { type: String, required: true },
    answeredAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    /** The derive journal entry of the batch that stored it (a replay in a later batch is not that batch's). */
    batch: { type: String, default: null },
  },
  { versionKey: false, minimize: false },
);
responseSchema.index({ surveyId: 1, createdAt: -1, _id: -1 });

export type ResponseDoc = InferSchemaType<typeof responseSchema> & { _id: Types.ObjectId };
export const responseModel = (conn: Connection) => conn.model('Response', responseSchema, 'responses');
