import { type Connection, Schema, type Types } from 'mongoose';

/**
 * The responses explorer's index: a survey's answers in the order they reached it,
 * packed many to a document. On FerretDB (SQLite) no index is used, not even `_id`'s:
 * a lookup reads the table up to the row it wants, so the index keeps few rows,
 * small ones (compressed), and puts what the newest pages need in the smallest table.
 *
 * - `explorer_heads`, one per survey (small, rewritten on each batch): how many
 *   answers were indexed (their ordinals 0 … count-1), the newest of them in full
 *   (the tail), a directory of the sealed parts (ranges and flags, to skip parts
 *   without reading them), and the journal marks that make a redo harmless.
 * - `explorer_keys`, insert-only: per part of PART_SIZE answers, what the filters need.
 * - `explorer_items`, insert-only: the same part's answers in full, as the API shows them.
 */
const headSchema = new Schema(
  {
    _id: { type: String, required: true },
    projectId: { type: Schema.Types.ObjectId, required: true },
    /** Answers indexed; the next one gets this ordinal. */
    count: { type: Number, required: true },
    /** Parts sealed; the tail holds ordinals sealed × PART_SIZE … count-1. */
    sealed: { type: Number, required: true },
    /** The tail's answers in full, oldest first (packed, compressed). */
    tail: { type: Buffer, required: true },
    /** One row per sealed part (packed): see PartRow. */
    parts: { type: String, required: true },
    /** Per API process, the last derive journal seq indexed here and when: a redo at or below it is skipped. */
    hw: { type: Schema.Types.Mixed, default: {} },
    /** Bumped on every write: a write applies only to the revision it read (compare-and-set). */
    rev: { type: Number, required: true },
  },
  { versionKey: false, minimize: false },
);

/** `_id` is `<surveyId>:<part>`; part n holds ordinals n × PART_SIZE … (n+1) × PART_SIZE - 1. */
const partSchema = () =>
  new Schema(
    {
      _id: { type: String, required: true },
      surveyId: { type: Schema.Types.ObjectId, required: true },
      projectId: { type: Schema.Types.ObjectId, required: true },
      /** Packed, compressed: compact keys (explorer_keys) or full answers (explorer_items). */
      data: { type: Buffer, required: true },
    },
    { versionKey: false },
  );
/** A respondent's timeline reads a project's keys, the reconciler a survey's (on MongoDB through these). */
const keysSchema = partSchema().index({ projectId: 1 }).index({ surveyId: 1 });

export interface ExplorerHeadDoc {
  _id: string;
  projectId: Types.ObjectId;
  count: number;
  sealed: number;
  tail: Buffer;
  parts: string;
  hw: Record<string, [number, number]>;
  rev: number;
}

export interface ExplorerPartDoc {
  _id: string;
  surveyId: Types.ObjectId;
  projectId: Types.ObjectId;
  data: Buffer;
}

export const explorerPartId = (surveyId: string, part: number) => `${surveyId}:${part}`;

export const explorerHeadModel = (conn: Connection) =>
  conn.model('ExplorerHead', headSchema, 'explorer_heads');
export const explorerKeysModel = (conn: Connection) =>
  conn.model('ExplorerKeys', keysSchema, 'explorer_keys');
export const explorerItemsModel = (conn: Connection) =>
  conn.model('ExplorerItems', partSchema(), 'explorer_items');
