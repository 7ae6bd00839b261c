import type { ResponseItem } from '@pulse/shared';
import { type ExplorerHeadDoc, type ExplorerPartDoc, explorerPartId } from '../../db/explorer.js';
import type { Models } from '../../db/models.js';
import {
  type Entry,
  entryOf,
  PART_SIZE,
  type PartRow,
  unpackEntries,
  unpackItems,
  unpackRows,
} from './entry.js';
import type { Plan } from './plan.js';

/** Where an answer is in the index: in the head's tail (part null) or in a sealed part. */
export interface Place {
  ordinal: number;
  part: number | null;
  index: number;
}

/** How much one scan may read: parts of keys, and distinct parts of items its matches are in. */
export interface ScanLimits {
  keyParts: number;
  itemParts: number;
}

/**
 * Bounds one page's work. On FerretDB a part read costs the table up to it (~1 ms per
 * MB), so at 200,000 answers a page reads at most ~0.5 s of parts; the export has no bound.
 */
export const PAGE_LIMITS: ScanLimits = { keyParts: 60, itemParts: 12 };
export const NO_LIMITS: ScanLimits = {
  keyParts: Number.POSITIVE_INFINITY,
  itemParts: Number.POSITIVE_INFINITY,
};

/**
 * `visitor`: the visitor had enough; `limit`: the limits stopped the scan, which looked
 * at every answer from where it started down to (not including) ordinal `below`,
 * the last of them stored at `at`; `end`: nothing older is left.
 */
export type ScanEnd =
  | { reason: 'visitor' }
  | { reason: 'limit'; below: number; at: number }
  | { reason: 'end' };

/** Whether a sealed part can hold a match, judged from its directory row alone. */
const mayMatch = (row: PartRow, plan: Plan) =>
  (row.mask & plan.required) === plan.required &&
  row.answeredTo >= plan.answeredFrom &&
  row.answeredFrom < plan.answeredTo;

/**
 * One survey's explorer index, as of its head: answers newest first (by the order
 * they reached the index, which is the order they were stored, save a takeover's
 * late batch), each part read only when the scan reaches it and not at all if its
 * directory row rules it out.
 */
export async function openIndex(models: Models, surveyId: string) {
  const head = await models.ExplorerHead.findById(surveyId).lean<ExplorerHeadDoc>();
  if (!head) return null;
  const tail = unpackItems(head.tail);
  const rows = unpackRows(head.parts);
  const tailStart = head.sealed * PART_SIZE;
  const readPart = (model: Models['ExplorerKeys'], part: number) =>
    model.findById(explorerPartId(surveyId, part)).lean<ExplorerPartDoc>();
  // The last part of items read, kept: a page's matches in one part come one after another.
  let cached: { part: number; items: ResponseItem[] } | null = null;

  return {
    count: head.count,

    /** Hands each match below ordinal `below` (all: null) to `visit`, newest first, until told to stop. */
    async scan(
      plan: Plan,
      below: number | null,
      limits: ScanLimits,
      visit: (entry: Entry, place: Place) => boolean | Promise<boolean>,
    ): Promise<ScanEnd> {
      const start = Math.min(below ?? head.count, head.count);
      let last: { ordinal: number; at: number } | null = null;
      for (let ordinal = start - 1; ordinal >= tailStart; ordinal--) {
        const item = tail[ordinal - tailStart]!;
        const entry = entryOf(item);
        last = { ordinal, at: entry.at };
        const place = { ordinal, part: null, index: ordinal - tailStart };
        if (plan.matches(entry) && plan.confirms(item) && !(await visit(entry, place)))
          return { reason: 'visitor' };
      }
      const itemParts = new Set<number>();
      let keyParts = 0;
      for (let part = Math.min(head.sealed, Math.ceil(start / PART_SIZE)) - 1; part >= 0; part--) {
        const row = rows[part]!;
        if (!mayMatch(row, plan)) {
          last = { ordinal: part * PART_SIZE, at: row.createdFrom };
          continue;
        }
        if (keyParts >= limits.keyParts && last) return { reason: 'limit', below: last.ordinal, at: last.at };
        const doc = await readPart(models.ExplorerKeys, part);
        keyParts++;
        const entries = doc ? unpackEntries(doc.data) : [];
        for (let index = Math.min(PART_SIZE, start - part * PART_SIZE) - 1; index >= 0; index--) {
          const entry = entries[index];
          if (!entry) continue;
          const ordinal = part * PART_SIZE + index;
          if (plan.matches(entry)) {
            if (!itemParts.has(part) && itemParts.size >= limits.itemParts && last) {
              return { reason: 'limit', below: last.ordinal, at: last.at };
            }
            itemParts.add(part);
            if (!(await visit(entry, { ordinal, part, index }))) return { reason: 'visitor' };
          }
          last = { ordinal, at: entry.at };
        }
      }
      return { reason: 'end' };
    },

    /** The answers in full at these places; `keep` confirms what the keys held only as a hash. */
    async items(places: readonly Place[], keep: (item: ResponseItem) => boolean): Promise<ResponseItem[]> {
      const found: ResponseItem[] = [];
      for (const place of places) {
        let item: ResponseItem | undefined;
        if (place.part === null) item = tail[place.index];
        else {
          if (cached?.part !== place.part) {
            const doc = await readPart(models.ExplorerItems, place.part);
            cached = { part: place.part, items: doc ? unpackItems(doc.data) : [] };
          }
          item = cached.items[place.index];
        }
        if (item && keep(item)) found.push(item);
      }
      return found;
    },
  };
}

export type IndexView = NonNullable<Awaited<ReturnType<typeof openIndex>>>;
