import { type Connection, Schema } from 'mongoose';

/** Named sequences (e.g. live event ids per project) shared by every API process. */
const counterSchema = new Schema(
  { _id: { type: String, required: true }, seq: { type: Number, default: 0 } },
  { versionKey: false },
);

export const counterModel = (conn: Connection) => conn.model('Counter', counterSchema, 'counters');
