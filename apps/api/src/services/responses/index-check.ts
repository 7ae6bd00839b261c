import type { ExplorerHeadDoc, ExplorerPartDoc } from '../../db/explorer.js';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import type { IndexCheck, Scanned } from '../ingest/reconcile.js';
import { unpackEntries, unpackItems } from './entry.js';

/** Answers indexed at a time by the repair. */
const BATCH = 500;

/**
 * The reconciler's check of the explorer index: per survey, the answers it scanned
 * against the index's count; for a survey short of answers, the ids, and the answers
 * missing (and not in an open journal entry) are indexed, read in one pass over the
 * survey's answers in the order they were stored. That also builds the index of
 * answers stored before it existed.
 */
export function createIndexCheck(models: Models, index: (docs: ResponseDoc[]) => Promise<void>) {
  async function indexedIds(surveyId: string, head: ExplorerHeadDoc): Promise<Set<string>> {
    const ids = new Set(unpackItems(head.tail).map((i) => i.id));
    const keys = models.ExplorerKeys.find({ surveyId }).lean<ExplorerPartDoc[]>().cursor();
    for await (const doc of keys as AsyncIterable<ExplorerPartDoc>) {
      for (const e of unpackEntries(doc.data)) ids.add(e.id);
    }
    return ids;
  }

  async function addMissing(surveyId: string, missing: Set<string>): Promise<number> {
    let added = 0;
    let batch: ResponseDoc[] = [];
    const answers = models.Response.find({ surveyId }).lean<ResponseDoc[]>().cursor();
    for await (const doc of answers as AsyncIterable<ResponseDoc>) {
      if (!missing.has(doc._id.toHexString())) continue;
      batch.push(doc);
      if (batch.length === BATCH) {
        await index(batch);
        added += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) await index(batch);
    return added + batch.length;
  }

  return (): IndexCheck => {
    const answers = new Map<string, string[]>();
    return {
      observe(answer: Scanned) {
        const surveyId = answer.surveyId.toHexString();
        const ids = answers.get(surveyId);
        if (ids) ids.push(answer._id.toHexString());
        else answers.set(surveyId, [answer._id.toHexString()]);
      },
      async repair(openAnswers) {
        let added = 0;
        for (const [surveyId, ids] of answers) {
          const head = await models.ExplorerHead.findById(surveyId).lean<ExplorerHeadDoc>();
          if ((head?.count ?? 0) >= ids.length) continue;
          const present = head ? await indexedIds(surveyId, head) : new Set<string>();
          const missing = new Set(ids.filter((id) => !present.has(id) && !openAnswers.has(id)));
          if (missing.size > 0) added += await addMissing(surveyId, missing);
        }
        return added;
      },
    };
  };
}
