import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * The audit log, laid out for exact `_id` reads (FerretDB scans for anything else):
 *
 * - `audit_heads`, one document per project: the length of each of its chains
 *   (`all`, and one per target type, per actor, and per both), bumped together by
 *   one `$inc` for each entry.
 * - `audit_log`: the entries, `_id` `<projectId>:<seq>` with seq the entry's place in
 *   `all`, zero-padded so ids also sort by project and time (for MongoDB tools).
 * - `audit_refs`: `<projectId>:<chain>:<n>` → seq, the n-th entry of a filtered chain.
 *
 * A page is then `limit` exact reads of refs and `limit` of entries, however long the
 * log grows and whatever the filters.
 */
const auditEntrySchema = new Schema(
  {
    _id: { type: String, required: true },
    projectId: { type: String, required: true },
    seq: { type: Number, required: true },
    at: { type: Date, required: true },
    actor: { type: String, required: true },
    action: { type: String, required: true },
    target: {
      type: new Schema(
        { type: { type: String, required: true }, id: { type: String, required: true }, name: String },
        { _id: false },
      ),
      required: true,
    },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
  },
  { versionKey: false, minimize: false },
);

const auditRefSchema = new Schema(
  { _id: { type: String, required: true }, seq: { type: Number, required: true } },
  { versionKey: false },
);

// Chain names are data (one per target type and actor), so the head is schemaless.
const auditHeadSchema = new Schema(
  { _id: { type: String, required: true } },
  { versionKey: false, strict: false },
);

export type AuditEntryDoc = InferSchemaType<typeof auditEntrySchema> & { _id: string };
export type AuditHeadDoc = { _id: string } & Record<string, number>;

const pad = (seq: number) => String(seq).padStart(10, '0');
export const auditEntryId = (projectId: string, seq: number) => `${projectId}:${pad(seq)}`;
export const auditRefId = (projectId: string, chain: string, n: number) => `${projectId}:${chain}:${pad(n)}`;

export const auditEntryModel = (conn: Connection) => conn.model('AuditEntry', auditEntrySchema, 'audit_log');
export const auditRefModel = (conn: Connection) => conn.model('AuditRef', auditRefSchema, 'audit_refs');
export const auditHeadModel = (conn: Connection) => conn.model('AuditHead', auditHeadSchema, 'audit_heads');
