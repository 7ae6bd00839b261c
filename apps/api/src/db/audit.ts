import { type Connection, Schema } from 'mongoose';

/**
 * The audit log, laid out for what FerretDB v1.24 (SQLite) makes cheap. Measured here:
 * an exact `_id` read is answered in SQLite but without its index (the index is on
 * `sjson->"_id"`, the query on `sjson->'$._id'`), so it costs a pass over the
 * collection's rows plus decoding what it returns; an update costs a pass over every
 * byte of its collection; an insert is cheap. So what grows is only ever inserted, and
 * what is updated stays small:
 *
 * - `audit_heads`, one document per project: the length of each of its chains (`all`,
 *   one per target type, one per actor), bumped together by one `$inc`.
 * - `audit_open`, one document per project and chain: the chain's newest entries, fewer
 *   than AUDIT_PAGE_SIZE, each with its place `n` in the chain. Its size depends on the
 *   number of chains, never on how long the log is.
 * - `audit_pages`: `<projectId>:<chain>:<page>`, a full page of a chain, inserted once
 *   when the next page opens and never changed.
 *
 * An entry is copied into each of its chains, so a filter reads whole pages: a page of
 * the API is the head, the open page and at most two sealed pages, each by exact `_id`.
 */
export const AUDIT_PAGE_SIZE = 50;

/** One entry as stored. */
export interface StoredAuditEntry {
  /** Its place in the chain it is stored under (1, 2, …). */
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

const entries = { type: [Schema.Types.Mixed], default: [] };
const auditPageSchema = new Schema(
  { _id: { type: String, required: true }, entries },
  { versionKey: false, minimize: false },
);
const auditOpenSchema = new Schema(
  { _id: { type: String, required: true }, page: { type: Number, required: true }, entries },
  { versionKey: false, minimize: false },
);
// Chain names are data (one per target type and actor), so the head is schemaless.
const auditHeadSchema = new Schema(
  { _id: { type: String, required: true } },
  { versionKey: false, strict: false },
);

export type AuditPageDoc = { _id: string; entries: StoredAuditEntry[] };
export type AuditOpenDoc = AuditPageDoc & { page: number };
export type AuditHeadDoc = { _id: string } & Record<string, number>;

/** The page (0, 1, …) holding the n-th entry of a chain. */
export const pageOf = (n: number) => Math.floor((n - 1) / AUDIT_PAGE_SIZE);
export const auditOpenId = (projectId: string, chain: string) => `${projectId}:${chain}`;
export const auditPageId = (projectId: string, chain: string, page: number) =>
  `${projectId}:${chain}:${page}`;

export const auditHeadModel = (conn: Connection) => conn.model('AuditHead', auditHeadSchema, 'audit_heads');
export const auditOpenModel = (conn: Connection) => conn.model('AuditOpen', auditOpenSchema, 'audit_open');
export const auditPageModel = (conn: Connection) => conn.model('AuditPage', auditPageSchema, 'audit_pages');
