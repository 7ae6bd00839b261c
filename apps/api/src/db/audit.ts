import { type Connection, Schema } from 'mongoose';

/**
 * The audit log, laid out so a page is one or two exact `_id` reads of a small collection.
 *
 * FerretDB v1.24 (SQLite) answers an exact `_id` filter in SQLite but without its index
 * (the index is on `sjson->"_id"`, the query on `sjson->'$._id'`), so every read costs a
 * pass over the collection's rows, ~20× cheaper than a filter FerretDB applies itself but
 * still growing with the collection. Hence few reads, over few rows:
 *
 * - `audit_heads`, one document per project: the length of each of its chains (`all`,
 *   and one per target type, per actor, and per both), bumped together by one `$inc`.
 * - `audit_pages`: `<projectId>:<chain>:<page>`, up to AUDIT_PAGE_SIZE entries of one
 *   chain in the order they were recorded, each with its place `n` in that chain. An entry
 *   is copied into the pages of its four chains, so any filter reads whole pages.
 *
 * A page of the API (at most AUDIT_PAGE_SIZE entries) spans at most two stored pages.
 */
export const AUDIT_PAGE_SIZE = 100;

const auditPageSchema = new Schema(
  {
    _id: { type: String, required: true },
    // Entries are written and read as they are (`$push` of plain objects).
    entries: { type: [Schema.Types.Mixed], default: [] },
  },
  { versionKey: false, minimize: false },
);

// Chain names are data (one per target type and actor), so the head is schemaless.
const auditHeadSchema = new Schema(
  { _id: { type: String, required: true } },
  { versionKey: false, strict: false },
);

/** One entry as stored in a page. */
export interface StoredAuditEntry {
  /** Its place in the page's chain (1, 2, …). */
  n: number;
  /** Its place in the project's whole log: the entry's id. */
  seq: number;
  at: Date;
  actor: string;
  action: string;
  target: { type: string; id: string; name: string | null };
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type AuditPageDoc = { _id: string; entries: StoredAuditEntry[] };
export type AuditHeadDoc = { _id: string } & Record<string, number>;

/** The stored page holding the n-th entry (1-based) of a project's chain. */
export const auditPageId = (projectId: string, chain: string, n: number) =>
  `${projectId}:${chain}:${Math.floor((n - 1) / AUDIT_PAGE_SIZE)}`;

export const auditPageModel = (conn: Connection) => conn.model('AuditPage', auditPageSchema, 'audit_pages');
export const auditHeadModel = (conn: Connection) => conn.model('AuditHead', auditHeadSchema, 'audit_heads');
