import { type Connection, Schema } from 'mongoose';

/**
 * One per running API process: `beat` says it is alive (refreshed every few
 * seconds). A process whose beat stops (or, on the same host, whose pid is gone)
 * is dead; a live process then claims it (`claimedBy`) and finishes the derive
 * journal entries it owned.
 */
const checkpointSchema = new Schema(
  {
    _id: { type: String, required: true },
    beat: { type: Date, required: true },
    host: { type: String, default: null },
    pid: { type: Number, default: null },
    claimedBy: { type: String, default: null },
  },
  { versionKey: false },
);

export interface CheckpointDoc {
  _id: string;
  beat: Date;
  host: string | null;
  pid: number | null;
  claimedBy: string | null;
}

export const checkpointModel = (conn: Connection) =>
  conn.model('Checkpoint', checkpointSchema, 'derive_checkpoints');
