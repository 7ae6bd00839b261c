import type { ResponseItem } from '@pulse/shared';
import { type Model, Types } from 'mongoose';
import { type ExplorerHeadDoc, explorerPartId } from '../../db/explorer.js';
import { DocumentRejected, insertNew } from '../../db/insert-new.js';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import { keyedSerializer } from '../../lib/keyed-serializer.js';
import type { RollupSource } from '../summaries/rollups.js';
import {
  entryOf,
  PART_SIZE,
  packEntries,
  packItems,
  packRows,
  rowOf,
  unpackItems,
  unpackRows,
} from './entry.js';
import { toResponseItem } from './to-item.js';

/**
 * A process's journal mark older than this is dropped: a dead process's open entries
 * are taken over within seconds, so by then nothing of it is left to redo.
 */
const MARK_TTL_MS = 24 * 3_600_000;

const byCreation = (a: ResponseItem, b: ResponseItem) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** The head's marks with this source's added, and those past MARK_TTL_MS dropped. */
function marksWith(hw: ExplorerHeadDoc['hw'] | undefined, source: RollupSource | undefined, now: number) {
  const kept = Object.entries(hw ?? {}).filter(([, [, at]]) => now - at < MARK_TTL_MS);
  if (source) kept.push([source.owner, [source.lastSeq, now]]);
  return Object.fromEntries(kept);
}

/**
 * Appends stored answers to their surveys' explorer indexes (db/explorer.ts), as a
 * derived step of ingest. Per survey and batch: while the tail holds two parts'
 * worth, its oldest PART_SIZE answers are sealed (keys and items inserted, listed in
 * the directory); then the batch is appended to the tail and the head written with a
 * compare-and-set on its revision.
 *
 * Running it again is harmless. A batch of journal entries this survey already
 * indexed is known by the owner's mark (as rollups know theirs, rollups.ts); answers
 * already in the tail are skipped; and what is sealed comes only from the stored
 * tail, so a part sealed twice (a crash before the head was written) is the same
 * part both times and its second insert a duplicate, ignored.
 */
export function createIndexWriter(models: Models) {
  // A head is read, merged and written back: one batch at a time per survey (FerretDB).
  const serialize = keyedSerializer();

  async function insertPart(
    // biome-ignore lint/suspicious/noExplicitAny: either part model; both have the same shape.
    model: Model<any>,
    surveyId: string,
    projectId: Types.ObjectId,
    part: number,
    data: Buffer,
  ): Promise<void> {
    const [verdict] = await insertNew(model.collection, [
      { _id: explorerPartId(surveyId, part), surveyId: new Types.ObjectId(surveyId), projectId, data },
    ]);
    if (verdict instanceof DocumentRejected) throw verdict;
  }

  /** Writes the head if nobody changed it since `read` (null: it did not exist); false if someone did. */
  async function writeHead(
    surveyId: string,
    read: ExplorerHeadDoc | null,
    next: Omit<ExplorerHeadDoc, '_id' | 'rev'>,
  ): Promise<boolean> {
    if (!read) {
      const [verdict] = await insertNew(models.ExplorerHead.collection, [{ _id: surveyId, ...next, rev: 1 }]);
      if (verdict instanceof DocumentRejected) throw verdict;
      return verdict === 'inserted';
    }
    const result = await models.ExplorerHead.updateOne(
      { _id: surveyId, rev: read.rev },
      { $set: { ...next, rev: read.rev + 1 } },
    );
    return result.modifiedCount === 1;
  }

  async function addToSurvey(surveyId: string, docs: ResponseDoc[], source?: RollupSource): Promise<void> {
    const projectId = docs[0]!.projectId;
    for (;;) {
      const head = await models.ExplorerHead.findById(surveyId).lean<ExplorerHeadDoc>();
      const mark = source && head?.hw?.[source.owner];
      if (mark && mark[0] >= source.firstSeq) return;
      let tail = head ? unpackItems(head.tail) : [];
      const rows = head ? unpackRows(head.parts) : [];
      let sealed = head?.sealed ?? 0;
      while (tail.length >= 2 * PART_SIZE) {
        const part = tail.slice(0, PART_SIZE);
        const entries = part.map(entryOf);
        await insertPart(models.ExplorerItems, surveyId, projectId, sealed, packItems(part));
        await insertPart(models.ExplorerKeys, surveyId, projectId, sealed, packEntries(entries));
        rows.push(rowOf(entries));
        sealed++;
        tail = tail.slice(PART_SIZE);
      }
      const known = new Set(tail.map((i) => i.id));
      const fresh: ResponseItem[] = [];
      for (const doc of docs) {
        const item = toResponseItem(doc);
        if (known.has(item.id)) continue;
        known.add(item.id);
        fresh.push(item);
      }
      tail.push(...fresh.sort(byCreation));
      const next = {
        projectId,
        count: sealed * PART_SIZE + tail.length,
        sealed,
        tail: packItems(tail),
        parts: packRows(rows),
        hw: marksWith(head?.hw, source, Date.now()),
      };
      if (await writeHead(surveyId, head, next)) return;
      // Another process wrote this head meanwhile (MongoDB): start again from what it wrote.
    }
  }

  return {
    /**
     * Adds stored answers to their surveys' indexes: the derive step, guarded by its
     * journal `source`; without one (the reconciler's repair), answers are added as new.
     */
    async add(docs: ResponseDoc[], source?: RollupSource): Promise<void> {
      const bySurvey = new Map<string, ResponseDoc[]>();
      for (const doc of docs) {
        const id = doc.surveyId.toHexString();
        const list = bySurvey.get(id);
        if (list) list.push(doc);
        else bySurvey.set(id, [doc]);
      }
      await Promise.all(
        [...bySurvey].map(([surveyId, list]) =>
          serialize(surveyId, () => addToSurvey(surveyId, list, source)),
        ),
      );
    },
  };
}

export type IndexWriter = ReturnType<typeof createIndexWriter>;
