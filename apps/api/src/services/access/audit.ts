import type { AuditAction, AuditEntry, AuditListQuery, AuditPage, AuditTargetType } from '@pulse/shared';
import {
  AUDIT_PAGE_SIZE,
  type AuditHeadDoc,
  type AuditOpenDoc,
  type AuditPageDoc,
  auditOpenId,
  auditPageId,
  pageOf,
  type StoredAuditEntry,
} from '../../db/audit.js';
import { insertNew } from '../../db/insert-new.js';
import type { Models } from '../../db/models.js';
import { readCursor, writeCursor } from '../../lib/cursor.js';
import { keyedSerializer } from '../../lib/keyed-serializer.js';
import { ALL, chainsOf, planOf } from './audit-chains.js';

/** One change to record; who made it and in which project come from the request. */
export interface AuditEvent {
  action: AuditAction;
  target: { type: AuditTargetType; id: string; name?: string | null };
  /** A few fields before and after the change (the route picks what is worth showing). */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * With both filters, this many entries of the actor's chain are looked at per page, at
 * most (two sealed pages and the open one): such a page may hold fewer than `limit`.
 */
const NARROWED_WINDOW = 2 * AUDIT_PAGE_SIZE;

export interface AuditLogOptions {
  now?: () => number;
  /** NARROWED_WINDOW, smaller in tests. */
  narrowedWindow?: number;
}

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
 * Who changed what, per project, newest first, laid out as db/audit.ts explains: a
 * record is one small `$inc` and three small updates (plus an insert when a page
 * fills); a page of the API is a handful of exact `_id` reads however long the log.
 */
export function createAuditLog(
  models: Models,
  { now = Date.now, narrowedWindow = NARROWED_WINDOW }: AuditLogOptions = {},
) {
  // The head's `$inc` and the open pages' updates must not overlap within a process
  // (FerretDB applies them read-then-write); across processes MongoDB's atomicity holds.
  const serialize = keyedSerializer();

  /** Stores full pages once; a page stored before (a rerun, another process) gets what it lacks. */
  async function seal(projectId: string, chain: string, entries: StoredAuditEntry[]): Promise<void> {
    const byPage = new Map<number, StoredAuditEntry[]>();
    for (const e of entries) byPage.set(pageOf(e.n), [...(byPage.get(pageOf(e.n)) ?? []), e]);
    for (const [page, group] of byPage) {
      const _id = auditPageId(projectId, chain, page);
      const [verdict] = await insertNew(models.AuditPage.collection, [{ _id, entries: group } as never]);
      if (verdict === 'inserted') continue;
      if (verdict !== 'duplicate') throw verdict;
      const stored = await models.AuditPage.findById(_id).lean<AuditPageDoc>();
      const have = new Set(stored?.entries.map((e) => e.n));
      const missing = group.filter((e) => !have.has(e.n));
      if (missing.length > 0)
        await models.AuditPage.updateOne({ _id }, { $push: { entries: { $each: missing } } });
    }
  }

  /** Adds an entry to its chain's open page, sealing the page before it once it is full. */
  async function append(projectId: string, chain: string, entry: StoredAuditEntry): Promise<void> {
    const _id = auditOpenId(projectId, chain);
    const page = pageOf(entry.n);
    const open = await models.AuditOpen.findById(_id).lean<AuditOpenDoc>();
    if (!open || open.page >= page) {
      await models.AuditOpen.updateOne(
        { _id },
        { $push: { entries: entry }, $setOnInsert: { page } },
        { upsert: true },
      );
      return;
    }
    // Sealed before the open page moves on, so a crash in between loses nothing.
    await seal(
      projectId,
      chain,
      open.entries.filter((e) => pageOf(e.n) < page),
    );
    const kept = open.entries.filter((e) => pageOf(e.n) >= page);
    await models.AuditOpen.updateOne({ _id }, { $set: { page, entries: [...kept, entry] } });
  }

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
        // A crash before these leaves a place in a chain without its entry; readers skip it.
        await Promise.all(chains.map((chain) => append(projectId, chain, { n: head![chain]!, ...entry })));
      });
    },

    /** A page, newest first, from place `cursor` (or the newest) down. */
    async list(projectId: string, q: AuditListQuery): Promise<AuditPage> {
      const plan = planOf(q);
      const head = await models.AuditHead.findById(projectId).lean<AuditHeadDoc>();
      const length = head?.[plan.chain] ?? 0;
      const top = q.cursor
        ? readCursor(q.cursor, ([key, n, ...rest]) => {
            const at = Number(n);
            return key === plan.key && rest.length === 0 && Number.isInteger(at) && at >= 1
              ? Math.min(at, length)
              : null;
          })
        : length;
      if (top < 1) return { items: [], nextCursor: null };
      const bottom = Math.max(1, top - (plan.narrowByType ? narrowedWindow : q.limit) + 1);
      const open = await models.AuditOpen.findById(auditOpenId(projectId, plan.chain)).lean<AuditOpenDoc>();
      const sealed = [];
      for (let page = pageOf(bottom); page <= pageOf(top) && page < (open?.page ?? 0); page++)
        sealed.push(auditPageId(projectId, plan.chain, page));
      const pages = await Promise.all(sealed.map((id) => models.AuditPage.findById(id).lean<AuditPageDoc>()));
      const byPlace = new Map<number, StoredAuditEntry>();
      for (const e of [...pages.flatMap((p) => p?.entries ?? []), ...(open?.entries ?? [])])
        if (e.n >= bottom && e.n <= top) byPlace.set(e.n, e);
      const window = [...byPlace.values()].sort((a, b) => b.n - a.n);
      const found = window
        .filter((e) => !plan.narrowByType || e.target.type === q.targetType)
        .slice(0, q.limit);
      const next = found.length === q.limit ? found.at(-1)!.n - 1 : bottom - 1;
      return { items: found.map(toEntry), nextCursor: next >= 1 ? writeCursor([plan.key, next]) : null };
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
