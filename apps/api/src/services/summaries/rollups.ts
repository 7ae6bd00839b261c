import { bucketStart } from '@pulse/shared';
import type { AnyBulkWriteOperation, Collection, Document } from 'mongodb';
import { isDatabaseUnavailable } from '../../db/availability.js';
import type { Models } from '../../db/models.js';
import { type RollupDoc, SCORE_FIELDS } from '../../db/rollup.js';

export type RollupBucket = 'hour' | 'day' | 'all';

/** Rollups as the driver sees them (string `_id`s), for the guarded writes below. */
interface RollupRecord extends Document {
  _id: string;
}
const rollupCollection = (models: Models) => models.Rollup.collection as unknown as Collection<RollupRecord>;

export const rollupId = (surveyId: string, bucket: RollupBucket, start?: Date) =>
  bucket === 'all' ? `${surveyId}:all` : `${surveyId}:${bucket}:${start!.toISOString()}`;

export interface RollupInput {
  projectId: import('mongoose').Types.ObjectId;
  surveyId: import('mongoose').Types.ObjectId;
  score: number;
  answeredAt: Date;
}

interface PendingRollup {
  base: Record<string, unknown>;
  inc: Record<string, number>;
}

/**
 * One `$inc` per touched rollup (hour, day and all-time per survey), with the
 * increments of the whole batch folded in: a batch of 500 answers to one
 * survey is three updates, not 1,500.
 */
function foldIncrements(
  answers: RollupInput[],
  buckets: readonly RollupBucket[],
): Map<string, PendingRollup> {
  const pending = new Map<string, PendingRollup>();
  for (const a of answers) {
    const surveyId = a.surveyId.toHexString();
    for (const bucket of buckets) {
      const start = bucket === 'all' ? new Date(0) : bucketStart(a.answeredAt, bucket);
      const id = rollupId(surveyId, bucket, start);
      let entry = pending.get(id);
      if (!entry) {
        entry = { base: { projectId: a.projectId, surveyId: a.surveyId, bucket, start }, inc: { total: 0 } };
        pending.set(id, entry);
      }
      entry.inc.total = (entry.inc.total ?? 0) + 1;
      const field = `s${a.score}`;
      entry.inc[field] = (entry.inc[field] ?? 0) + 1;
    }
  }
  return pending;
}

/** Which derive journal entries a rollup write carries: entries `firstSeq`..`lastSeq` of `owner`. */
export interface RollupSource {
  owner: string;
  firstSeq: number;
  lastSeq: number;
}

/**
 * One guarded `$inc` upsert per touched rollup. The filter matches only while the
 * rollup's mark for `owner` is below `firstSeq`, and the write moves the mark to
 * `lastSeq`: a rollup that already counted these entries does not match, the upsert
 * then collides with its `_id` (duplicate key), and nothing is counted twice.
 * One owner's entries are applied in seq order, so the mark is a high-water line.
 */
export function rollupOperations(
  answers: RollupInput[],
  source: RollupSource,
  buckets: readonly RollupBucket[] = ['hour', 'day', 'all'],
): AnyBulkWriteOperation<RollupRecord>[] {
  const mark = `hw.${source.owner}`;
  return [...foldIncrements(answers, buckets)].map(([_id, { base, inc }]) => ({
    updateOne: {
      filter: { _id, [mark]: { $not: { $gte: source.firstSeq } } },
      update: { $inc: { ...inc, rev: 1 }, $set: { [mark]: source.lastSeq }, $setOnInsert: base },
      upsert: true,
    },
  }));
}

const isDuplicateKey = (err: unknown) =>
  err instanceof Error && 'code' in err && (err as { code: unknown }).code === 11000;

/**
 * Counts the answers of journal entries into every rollup they touch (hour, day,
 * all-time), at most once per rollup however often it is redone, and returns each
 * touched survey's all-time distribution afterwards (for the live summary).
 */
export async function applyRollups(
  models: Models,
  answers: RollupInput[],
  source: RollupSource,
): Promise<Map<string, number[]>> {
  const totals = new Map<string, number[]>();
  if (answers.length === 0) return totals;
  const ops = rollupOperations(answers, source);
  try {
    await rollupCollection(models).bulkWrite(ops, { ordered: false });
  } catch (err) {
    if (isDatabaseUnavailable(err)) throw err;
    // Some rollups had counted these entries already (a redo). FerretDB stops an unordered
    // bulk at its first error, so the rest go one by one; the guard makes each safe to repeat.
    for (const op of ops) {
      if (!('updateOne' in op)) continue;
      const { filter, update, upsert } = op.updateOne;
      await rollupCollection(models)
        .updateOne(filter, update, { upsert: upsert ?? false })
        .catch((e: unknown) => {
          if (!isDuplicateKey(e)) throw e;
        });
    }
  }
  const surveys = new Set(answers.map((a) => a.surveyId.toHexString()));
  await Promise.all(
    [...surveys].map(async (surveyId) => {
      const doc = await models.Rollup.findById(rollupId(surveyId, 'all')).lean<RollupDoc>();
      totals.set(surveyId, distributionOf(doc));
    }),
  );
  return totals;
}

/** The 11 score counters of a rollup document, index = score. */
export function distributionOf(doc: Record<string, unknown> | null | undefined): number[] {
  return SCORE_FIELDS.map((f) => Number(doc?.[f] ?? 0));
}

/**
 * Recounts a survey's rollups from its answers (the admin CLI's repair). Run it
 * while no API process serves the database: it deletes, then recounts. Journal
 * entries still open (a dead process's) are marked as counted, since the recount
 * includes their stored answers and their redo must not count them again.
 * Returns the count.
 */
export async function rebuildRollups(models: Models, surveyId: string): Promise<number> {
  const answers: RollupInput[] = [];
  const cursor = models.Response.find({ surveyId }, { projectId: 1, surveyId: 1, score: 1, answeredAt: 1 })
    .lean<RollupInput[]>()
    .cursor();
  for await (const answer of cursor as AsyncIterable<RollupInput>) answers.push(answer);
  await models.Rollup.deleteMany({ surveyId });
  const source = { owner: `rebuild-${Date.now()}`, firstSeq: 1, lastSeq: 1 };
  for (let i = 0; i < answers.length; i += 5_000) {
    await rollupCollection(models).bulkWrite(rollupOperations(answers.slice(i, i + 5_000), source), {
      ordered: false,
    });
    source.firstSeq = source.lastSeq = source.lastSeq + 1;
  }
  const open = await models.Journal.find({}, { owner: 1, seq: 1 }).lean<{ owner: string; seq: number }[]>();
  const marks: Record<string, number> = {};
  for (const { owner, seq } of open) marks[`hw.${owner}`] = Math.max(marks[`hw.${owner}`] ?? 0, seq);
  const unset = { $unset: { [`hw.${source.owner}`]: '' } };
  await models.Rollup.updateMany(
    { surveyId },
    Object.keys(marks).length > 0 ? { $set: marks, ...unset } : unset,
  );
  return answers.length;
}
