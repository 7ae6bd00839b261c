import type { AnyBulkWriteOperation } from 'mongoose';
import type { Models } from '../db/models.js';
import { type RollupDoc, SCORE_FIELDS } from '../db/rollup.js';

export type RollupBucket = 'hour' | 'day' | 'all';

/** Start of the UTC hour or day that holds `date`. */
export function bucketStart(date: Date, bucket: 'hour' | 'day'): Date {
  const d = new Date(date);
  d.setUTCMinutes(0, 0, 0);
  if (bucket === 'day') d.setUTCHours(0);
  return d;
}

export function nextBucket(start: Date, bucket: 'hour' | 'day'): Date {
  return new Date(start.getTime() + (bucket === 'hour' ? 3_600_000 : 86_400_000));
}

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

export function rollupOperations(
  answers: RollupInput[],
  buckets: readonly RollupBucket[] = ['hour', 'day', 'all'],
): AnyBulkWriteOperation[] {
  return [...foldIncrements(answers, buckets)].map(([_id, { base, inc }]) => ({
    updateOne: { filter: { _id }, update: { $inc: inc, $setOnInsert: base }, upsert: true },
  }));
}

/**
 * Bumps every rollup the answers touch and returns each survey's all-time
 * distribution after the bump: the hour/day counters in one bulk write, the
 * all-time ones with find-and-modify so the live totals cost no extra read.
 */
export async function applyRollups(models: Models, answers: RollupInput[]): Promise<Map<string, number[]>> {
  const totals = new Map<string, number[]>();
  if (answers.length === 0) return totals;
  const allTime = [...foldIncrements(answers, ['all'])];
  await Promise.all([
    models.Rollup.bulkWrite(rollupOperations(answers, ['hour', 'day']), { ordered: false }),
    ...allTime.map(async ([_id, { base, inc }]) => {
      const doc = await models.Rollup.findOneAndUpdate(
        { _id },
        { $inc: inc, $setOnInsert: base },
        { upsert: true, returnDocument: 'after' },
      ).lean<RollupDoc>();
      totals.set(String(base.surveyId), distributionOf(doc));
    }),
  ]);
  return totals;
}

/** The 11 score counters of a rollup document, index = score. */
export function distributionOf(doc: Record<string, unknown> | null | undefined): number[] {
  return SCORE_FIELDS.map((f) => Number(doc?.[f] ?? 0));
}

/**
 * Recounts a survey's rollups from its answers: the repair for counters left
 * behind by a crash between an insert and its rollup update. Run it while the
 * survey receives no answers (it deletes, then recounts). Returns the count.
 */
export async function rebuildRollups(models: Models, surveyId: string): Promise<number> {
  const answers: RollupInput[] = [];
  const cursor = models.Response.find({ surveyId }, { projectId: 1, surveyId: 1, score: 1, answeredAt: 1 })
    .lean<RollupInput[]>()
    .cursor();
  for await (const answer of cursor as AsyncIterable<RollupInput>) answers.push(answer);
  await models.Rollup.deleteMany({ surveyId });
  for (let i = 0; i < answers.length; i += 5_000) await applyRollups(models, answers.slice(i, i + 5_000));
  return answers.length;
}
