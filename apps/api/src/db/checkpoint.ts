import { type Connection, Schema } from 'mongoose';

/**
 * One per running API process: answers created since `until` may still lack
 * their derived data; `beat` says the process is alive. A process that stops
 * beating died, and the next one to start finishes its work.
 */
const checkpointSchema = new Schema(
  {
    _id: { type: String, required: true },
    until: { type: Date, required: true },
    beat: { type: Date, required: true },
  },
  { versionKey: false },
);

export const checkpointModel = (conn: Connection) =>
  conn.model('Checkpoint', checkpointSchema, 'derive_checkpoints');
