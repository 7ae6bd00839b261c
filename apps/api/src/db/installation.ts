import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * Where a project's widget was last seen loading: one document per project, `_id` the
 * project id (an exact `_id` read, the only filter FerretDB pushes down), holding the
 * few most recent site origins with when a loader there last fetched the config.
 */
const installationSchema = new Schema(
  {
    _id: { type: String, required: true },
    origins: {
      type: [
        new Schema(
          { origin: { type: String, required: true }, lastSeenAt: { type: Date, required: true } },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { versionKey: false },
);

export type InstallationDoc = InferSchemaType<typeof installationSchema>;
export const installationModel = (conn: Connection) =>
  conn.model('Installation', installationSchema, 'installations');
