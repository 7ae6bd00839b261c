import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/** API keys are their own documents (api-key.ts); older databases' `apiKeyHashes` are adopted at start. */
const projectSchema = new Schema(
  {
    name: { type: String, required: true },
    /** Shown in the widget snippet; identifies the project, grants nothing secret. */
    publicKey: { type: String, required: true, unique: true },
    /** Origins whose pages may post answers (CORS). */
    origins: { type: [String], default: [] },
  },
  { timestamps: true, versionKey: false },
);

export type ProjectDoc = InferSchemaType<typeof projectSchema> & { _id: import('mongoose').Types.ObjectId };
export const projectModel = (conn: Connection) => conn.model('Project', projectSchema, 'projects');
