import type { ResponseItem } from '@pulse/shared';
import type { ExplorerHeadDoc, ExplorerPartDoc } from '../../db/explorer.js';
import { explorerPartId } from '../../db/explorer.js';
import type { Models } from '../../db/models.js';
import { textHash, unpackEntries, unpackItems } from './entry.js';

/** A timeline holds a respondent's newest answers up to this many. */
export const TIMELINE_MAX = 500;

/** Newest first: createdAt, then id. */
const newestFirst = (a: { at: number; id: string }, b: { at: number; id: string }) =>
  b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export interface Ref {
  at: number;
  id: string;
  surveyId: string;
  /** The answer in full when it is in a tail; else where it is. */
  item?: ResponseItem;
  part?: number;
  index?: number;
}

/**
 * Every answer of one `respondent.id` in a project: the tails of its surveys' heads
 * and one read of the project's keys (compact, so one pass is cheaper on FerretDB
 * than reading parts one by one), matched on the id's hash; then the answers in full
 * from the parts that hold them, where the id itself is confirmed.
 */
export async function respondentAnswers(
  models: Models,
  projectId: string,
  respondentId: string,
): Promise<{ refs: Ref[]; truncated: boolean; load: (refs: Ref[]) => Promise<ResponseItem[]> }> {
  const hash = textHash(respondentId);
  const refs: Ref[] = [];
  const heads = await models.ExplorerHead.find({ projectId }).lean<ExplorerHeadDoc[]>();
  for (const head of heads) {
    for (const item of unpackItems(head.tail)) {
      if (item.respondent.id === respondentId) {
        refs.push({ at: Date.parse(item.createdAt), id: item.id, surveyId: head._id, item });
      }
    }
  }
  const keys = models.ExplorerKeys.find({ projectId }).lean<ExplorerPartDoc[]>().cursor();
  for await (const doc of keys as AsyncIterable<ExplorerPartDoc>) {
    const [surveyId, part] = doc._id.split(':') as [string, string];
    unpackEntries(doc.data).forEach((e, index) => {
      if (e.respondent === hash) refs.push({ at: e.at, id: e.id, surveyId, part: Number(part), index });
    });
  }
  refs.sort(newestFirst);

  async function load(page: Ref[]): Promise<ResponseItem[]> {
    const parts = new Map<string, ResponseItem[]>();
    const items: ResponseItem[] = [];
    for (const ref of page) {
      let item = ref.item;
      if (!item) {
        const id = explorerPartId(ref.surveyId, ref.part!);
        if (!parts.has(id)) {
          const doc = await models.ExplorerItems.findById(id).lean<ExplorerPartDoc>();
          parts.set(id, doc ? unpackItems(doc.data) : []);
        }
        item = parts.get(id)![ref.index!];
      }
      // The keys hold a hash of the id: the answer itself confirms it.
      if (item?.respondent.id === respondentId) items.push(item);
    }
    return items;
  }
  return { refs: refs.slice(0, TIMELINE_MAX), truncated: refs.length > TIMELINE_MAX, load };
}
