import type { Category, ResponseCreated } from '@pulse/shared';
import { databaseUnavailable } from '../../db/availability.js';
import { DocumentRejected, insertNew } from '../../db/insert-new.js';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import { HttpError } from '../../errors.js';
import type { DeriveStage } from './derive.js';
import type { Journal } from './journal.js';

export interface IngestResult {
  status: 200 | 201;
  body: ResponseCreated;
}

const conflict = () =>
  new HttpError(409, 'idempotency_conflict', 'This Idempotency-Key was already used for a different answer.');

const unstorable = (err: DocumentRejected) =>
  new HttpError(400, 'unstorable_answer', `The database cannot store this answer: ${err.message}`);

/**
 * One group commit: opens a derive journal entry naming every answer, inserts them
 * in one round trip, and gives each caller its own verdict: 201 for an answer
 * stored now, 200 (or 409) for a key stored before, 400 for a document the
 * database refused. An unknown outcome throws (503 for the whole batch) and leaves
 * the entry to the derive stage, which reads back whatever did get stored.
 */
export function createBatchWriter({
  models,
  journal,
  stage,
}: {
  models: Models;
  journal: Journal;
  stage: DeriveStage;
}) {
  return async function writeBatch(docs: ResponseDoc[]): Promise<(IngestResult | HttpError)[]> {
    const firstById = new Map<string, ResponseDoc>();
    for (const doc of docs)
      if (!firstById.has(doc._id.toHexString())) firstById.set(doc._id.toHexString(), doc);
    const unique = [...firstById.values()];

    const entry = stage.reserve(unique.map((d) => d._id));
    for (const doc of unique) doc.batch = entry.id;
    let verdicts: Awaited<ReturnType<typeof insertNew>>;
    try {
      await journal.open({
        _id: entry.id,
        owner: entry.owner,
        seq: entry.seq,
        responseIds: unique.map((d) => d._id),
        surveyIds: [...new Map(unique.map((d) => [d.surveyId.toHexString(), d.surveyId])).values()],
      });
      verdicts = await insertNew(models.Response.collection, unique);
    } catch (err) {
      entry.fill(null);
      throw err;
    }

    // A key already stored: a replay (or our own insert, if the batch was split and retried).
    const stored = new Map<string, ResponseDoc | null>();
    try {
      await Promise.all(
        unique
          .filter((_, i) => verdicts[i] === 'duplicate')
          .map(async (doc) =>
            stored.set(doc._id.toHexString(), await models.Response.findById(doc._id).lean<ResponseDoc>()),
          ),
      );
    } catch (err) {
      entry.fill(null);
      throw err;
    }
    const isOurs = (doc: ResponseDoc, i: number) =>
      verdicts[i] === 'inserted' ||
      (verdicts[i] === 'duplicate' && stored.get(doc._id.toHexString())?.batch === entry.id);
    entry.fill(unique.filter(isOurs));

    const verdictOf = new Map(
      unique.map((doc, i) => [doc._id.toHexString(), isOurs(doc, i) ? 'ours' : verdicts[i]!]),
    );
    return docs.map((doc) => {
      const id = doc._id.toHexString();
      const verdict = verdictOf.get(id)!;
      if (verdict instanceof DocumentRejected) return unstorable(verdict);
      const first = firstById.get(id)!;
      if (verdict === 'ours' && first === doc)
        return { status: 201, body: { id, category: doc.category as Category } };
      const original = verdict === 'ours' ? first : stored.get(id);
      if (!original) return databaseUnavailable();
      if (original.requestHash !== doc.requestHash) return conflict();
      return { status: 200, body: { id, category: original.category as Category } };
    });
  };
}
