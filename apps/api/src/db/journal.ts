import { type Connection, Schema, type Types } from 'mongoose';

/**
 * The derive journal: one entry per ingest batch, written BEFORE its answers are
 * inserted and deleted only after everything derived from them (live events,
 * rollups, follow-ups, webhook outbox rows) is done. So every stored answer is
 * either fully derived or named by an entry here, whatever crashed when; the
 * collection holds only work in flight and stays small.
 *
 * `_id` is `<owner>:<seq>`: the owner is the API process that opened it, and seq
 * orders one owner's entries (its rollup guards rely on that order).
 */
const journalSchema = new Schema(
  {
    _id: { type: String, required: true },
    owner: { type: String, required: true },
    seq: { type: Number, required: true },
    /** Every answer the batch tried to insert; those stored carry `batch: _id`. */
    responseIds: { type: [Schema.Types.ObjectId], required: true },
    /** The surveys those answers belong to (the reconciler leaves them alone while this is open). */
    surveyIds: { type: [Schema.Types.ObjectId], required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export interface JournalDoc {
  _id: string;
  owner: string;
  seq: number;
  responseIds: Types.ObjectId[];
  surveyIds: Types.ObjectId[];
  createdAt: Date;
}

export const journalId = (owner: string, seq: number) => `${owner}:${String(seq).padStart(12, '0')}`;

export const journalModel = (conn: Connection) => conn.model('Journal', journalSchema, 'derive_journal');
