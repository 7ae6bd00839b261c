import { type Connection, type InferSchemaType, Schema, type Types } from 'mongoose';

/** Shapes are validated by the shared zod schemas before they get here; Mixed stores them as given. */
const surveySchema = new Schema(
  {
    projectId: { type: Schema.Types.ObjectId, required: true, index: true },
    name: { type: String, required: true },
    status: { type: String, enum: ['active', 'paused'], required: true },
    defaultLocale: { type: String, required: true },
    texts: { type: Schema.Types.Mixed, required: true },
    throttle: { type: Schema.Types.Mixed, required: true },
    appearance: { type: Schema.Types.Mixed, required: true },
    thankYouLinks: { type: Schema.Types.Mixed, default: {} },
    /** Bumped on every change; a PATCH naming an older version is refused (no lost updates). */
    version: { type: Number, required: true, default: 0 },
    /** Soft delete: answers already on their way still find their survey. */
    deletedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

export type SurveyDoc = InferSchemaType<typeof surveySchema> & { _id: Types.ObjectId };
export const surveyModel = (conn: Connection) => conn.model('Survey', surveySchema, 'surveys');
