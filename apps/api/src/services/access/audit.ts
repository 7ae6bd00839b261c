import type { AuditAction, AuditEntry, AuditListQuery, AuditPage, AuditTargetType } from '@pulse/shared';
import { type AuditEntryDoc, type AuditHeadDoc, auditEntryId, auditRefId } from '../../db/audit.js';
import type { Models } from '../../db/models.js';
import { readCursor, writeCursor } from '../../lib/cursor.js';
import { keyedSerializer } from '../../lib/keyed-serializer.js';
import { sha256 } from './keys.js';

/** One change to record; who made it and in which project come from the request. */
export interface AuditEvent {
  action: AuditAction;
  target: { type: AuditTargetType; id: string; name?: string | null };
  /** A few fields before and after the change (the route picks what is worth showing). */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const ALL = 'all';

/**
 * The chain a filter reads: `all`, or the entries of one target type, one actor, or
 * both. Actors are hashed: their e-mails hold dots, which field names may not.
 */
function chainOf(filter: { targetType?: string | undefined; actor?: string | undefined }): string {
  const parts = [
    ...(filter.targetType ? [`t=${filter.targetType}`] : []),
    ...(filter.actor ? [`a=${sha256(filter.actor).slice(0, 16)}`] : []),
  ];
  return parts.length > 0 ? parts.join(',') : ALL;
}

function toEntry(doc: AuditEntryDoc): AuditEntry {
  return {
    id: String(doc.seq),
    at: doc.at.toISOString(),
    actor: doc.actor,
    action: doc.action as AuditAction,
    target: {
      type: doc.target.type as AuditTargetType,
      id: doc.target.id,
      name: doc.target.name ?? null,
    },
    before: (doc.before as AuditEntry['before']) ?? null,
    after: (doc.after as AuditEntry['after']) ?? null,
  };
}

/**
 * Who changed what, per project, newest first. Every read is by exact `_id` (see
 * db/audit.ts), so a page costs the same at ten entries or ten million, filtered or not.
 */
export function createAuditLog(models: Models, now: () => number = Date.now) {
  // The head's `$inc` must not overlap within a process (FerretDB applies it read-then-write).
  const serialize = keyedSerializer();

  return {
    record(projectId: string, actor: string, event: AuditEvent): Promise<void> {
      const chains = [
        ALL,
        chainOf({ targetType: event.target.type }),
        chainOf({ actor }),
        chainOf({ targetType: event.target.type, actor }),
      ];
      return serialize(projectId, async () => {
        const head = await models.AuditHead.findOneAndUpdate(
          { _id: projectId },
          { $inc: Object.fromEntries(chains.map((c) => [c, 1])) },
          { upsert: true, returnDocument: 'after' },
        ).lean<AuditHeadDoc>();
        const seq = head![ALL]!;
        await models.AuditEntry.create({
          _id: auditEntryId(projectId, seq),
          projectId,
          seq,
          at: new Date(now()),
          actor,
          action: event.action,
          target: { type: event.target.type, id: event.target.id, name: event.target.name ?? null },
          before: event.before ?? null,
          after: event.after ?? null,
        });
        // A crash before these leaves a gap in the filtered chains, which readers skip.
        await models.AuditRef.insertMany(
          chains.slice(1).map((chain) => ({ _id: auditRefId(projectId, chain, head![chain]!), seq })),
        );
      });
    },

    /** A page, newest first: `limit` exact reads of the chain, then of its entries. */
    async list(projectId: string, q: AuditListQuery): Promise<AuditPage> {
      const chain = chainOf(q);
      const head = await models.AuditHead.findById(projectId).lean<AuditHeadDoc>();
      const length = head?.[chain] ?? 0;
      const start = q.cursor
        ? readCursor(q.cursor, ([c, n, ...rest]) => {
            const at = Number(n);
            // A cursor is bound to the filters it was made with.
            return c === chain && rest.length === 0 && Number.isInteger(at) && at >= 1
              ? Math.min(at, length)
              : null;
          })
        : length;
      const positions = Array.from({ length: Math.min(q.limit, start) }, (_, i) => start - i);
      const seqs =
        chain === ALL
          ? positions
          : (
              await Promise.all(
                positions.map((n) =>
                  models.AuditRef.findById(auditRefId(projectId, chain, n)).lean<{ seq: number }>(),
                ),
              )
            ).flatMap((ref) => (ref ? [ref.seq] : []));
      const docs = await Promise.all(
        seqs.map((seq) => models.AuditEntry.findById(auditEntryId(projectId, seq)).lean<AuditEntryDoc>()),
      );
      const last = positions.at(-1) ?? 1;
      return {
        items: docs.flatMap((doc) => (doc ? [toEntry(doc)] : [])),
        nextCursor: last > 1 ? writeCursor([chain, last - 1]) : null,
      };
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
