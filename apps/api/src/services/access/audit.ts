import type { AuditAction, AuditEntry, AuditListQuery, AuditPage, AuditTargetType } from '@pulse/shared';
import {
  AUDIT_PAGE_SIZE,
  type AuditHeadDoc,
  type AuditPageDoc,
  auditPageId,
  type StoredAuditEntry,
} from '../../db/audit.js';
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
export function chainOf(filter: { targetType?: string | undefined; actor?: string | undefined }): string {
  const parts = [
    ...(filter.targetType ? [`t=${filter.targetType}`] : []),
    ...(filter.actor ? [`a=${sha256(filter.actor).slice(0, 16)}`] : []),
  ];
  return parts.length > 0 ? parts.join(',') : ALL;
}

/** Every chain an entry joins: `all` first, then its type's, its actor's, and both. */
export const chainsOf = (targetType: string, actor: string): string[] => [
  ALL,
  chainOf({ targetType }),
  chainOf({ actor }),
  chainOf({ targetType, actor }),
];

function toEntry(stored: StoredAuditEntry): AuditEntry {
  return {
    id: String(stored.seq),
    at: new Date(stored.at).toISOString(),
    actor: stored.actor,
    action: stored.action as AuditAction,
    target: {
      type: stored.target.type as AuditTargetType,
      id: stored.target.id,
      name: stored.target.name ?? null,
    },
    before: stored.before ?? null,
    after: stored.after ?? null,
  };
}

/**
 * Who changed what, per project, newest first. A page of the API is the head and at
 * most two stored pages, each an exact `_id` read (see db/audit.ts for why so few).
 */
export function createAuditLog(models: Models, now: () => number = Date.now) {
  // The head's `$inc` and the pages' `$push` must not overlap within a process
  // (FerretDB applies them read-then-write); across processes MongoDB's atomicity holds.
  const serialize = keyedSerializer();

  return {
    record(projectId: string, actor: string, event: AuditEvent): Promise<void> {
      const chains = chainsOf(event.target.type, actor);
      return serialize(projectId, async () => {
        const head = await models.AuditHead.findOneAndUpdate(
          { _id: projectId },
          { $inc: Object.fromEntries(chains.map((c) => [c, 1])) },
          { upsert: true, returnDocument: 'after' },
        ).lean<AuditHeadDoc>();
        const entry = {
          seq: head![ALL]!,
          at: new Date(now()),
          actor,
          action: event.action,
          target: { type: event.target.type, id: event.target.id, name: event.target.name ?? null },
          before: event.before ?? null,
          after: event.after ?? null,
        };
        // Four different documents, written together. A crash among them leaves a place in
        // a chain without its entry; readers skip it.
        await Promise.all(
          chains.map((chain) => {
            const n = head![chain]!;
            return models.AuditPage.updateOne(
              { _id: auditPageId(projectId, chain, n) },
              { $push: { entries: { n, ...entry } } },
              { upsert: true },
            );
          }),
        );
      });
    },

    /** A page, newest first, from place `cursor` (or the newest) down. */
    async list(projectId: string, q: AuditListQuery): Promise<AuditPage> {
      const chain = chainOf(q);
      const head = await models.AuditHead.findById(projectId).lean<AuditHeadDoc>();
      const length = head?.[chain] ?? 0;
      const top = q.cursor
        ? readCursor(q.cursor, ([c, n, ...rest]) => {
            const at = Number(n);
            // A cursor is bound to the filters it was made with.
            return c === chain && rest.length === 0 && Number.isInteger(at) && at >= 1
              ? Math.min(at, length)
              : null;
          })
        : length;
      const bottom = Math.max(1, top - Math.min(q.limit, AUDIT_PAGE_SIZE) + 1);
      if (top < 1) return { items: [], nextCursor: null };
      const ids = [...new Set([auditPageId(projectId, chain, top), auditPageId(projectId, chain, bottom)])];
      const pages = await Promise.all(ids.map((id) => models.AuditPage.findById(id).lean<AuditPageDoc>()));
      const byPlace = new Map<number, StoredAuditEntry>();
      for (const e of pages.flatMap((page) => page?.entries ?? []))
        if (e.n >= bottom && e.n <= top) byPlace.set(e.n, e);
      const entries = [...byPlace.values()].sort((a, b) => b.n - a.n);
      return {
        items: entries.map(toEntry),
        nextCursor: bottom > 1 ? writeCursor([chain, bottom - 1]) : null,
      };
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
