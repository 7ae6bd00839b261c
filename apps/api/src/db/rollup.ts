import { type Connection, type InferSchemaType, Schema, type Types } from 'mongoose';

/** s0 … s10: answers per score in one survey × time bucket. */
export const SCORE_FIELDS = Array.from({ length: 11 }, (_, score) => `s${score}`);

const scoreCounters = Object.fromEntries(SCORE_FIELDS.map((f) => [f, { type: Number, default: 0 }]));

/** `_id` is `<surveyId>:<bucket>:<start ISO>`, so every bump is an exact-`_id` `$inc` upsert. */
const rollupSchema = new Schema(
  {
    _id: { type: String, required: true },
    projectId: { type: Schema.Types.ObjectId, required: true },
    surveyId: { type: Schema.Types.ObjectId, required: true },
    bucket: { type: String, enum: ['hour', 'day'], required: true },
    start: { type: Date, required: true },
    total: { type: Number, default: 0 },
    ...scoreCounters,
    /**
     * Per API process, the last derive journal seq applied here: a batch applies only
     * above it, so redoing a batch after a crash never counts it twice.
     */
    hw: { type: Schema.Types.Mixed, default: {} },
    /** Bumped on every change: the reconciler repairs a rollup only if nothing moved it meanwhile. */
    rev: { type: Number, default: 0 },
  },
  { versionKey: false, minimize: false },
);
rollupSchema.index({ surveyId: 1, bucket: 1, start: 1 });

export type RollupDoc = InferSchemaType<typeof rollupSchema> & { projectId: Types.ObjectId } & Record<
    string,
    unknown
  >;
export const rollupModel = (conn: Connection) => conn.model('Rollup', rollupSchema, 'rollups');
