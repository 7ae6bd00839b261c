import type { AnyBulkWriteOperation } from 'mongoose';
import { SCORE_FIELDS, type RollupDoc } from '../db/rollup.js';
import type { Models } from '../db/models.js';

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

/**
 * One `$inc` upsert per touched rollup (hour, day and all-time per survey), with
 * the increments of the whole batch folded in: a batch of 500 answers to one
 * survey is three updates, not 1,500.
 */
export function rollupOperations(answers: RollupInput[]): AnyBulkWriteOperation[] {
  const pending = new Map<string, { base: Record<string, unknown>; inc: Record<string, number> }>();
  for (const a of answers) {
    const surveyId = a.surveyId.toHexString();
    for (const bucket of ['hour', 'day', 'all'] as const) {
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
  return [...pending].map(([_id, { base, inc }]) => ({
    updateOne: { filter: { _id }, update: { $inc: inc, $setOnInsert: base }, upsert: true },
  }));
}

export async function applyRollups(models: Models, answers: RollupInput[]): Promise<void> {
  if (answers.length === 0) return;
  await models.Rollup.bulkWrite(rollupOperations(answers), { ordered: false });
}

/** The 11 score counters of a rollup document, index = score. */
export function distributionOf(doc: Record<string, unknown> | null | undefined): number[] {
  return SCORE_FIELDS.map((f) => Number(doc?.[f] ?? 0));
}

export async function allTimeDistribution(models: Models, surveyId: string): Promise<number[]> {
  const doc = await models.Rollup.findById(rollupId(surveyId, 'all')).lean<RollupDoc>();
  return distributionOf(doc);
}

/**
 * Recounts a survey's rollups from its answers: the repair for counters left
 * behind by a crash between an insert and its rollup update. Run it while the
 * survey receives no answers (it deletes, then recounts). Returns the count.
 */
export async function rebuildRollups(models: Models, surveyId: string): Promise<number> {
  const answers: RollupInput[] = [];
  const cursor = models.Response.find({ surveyId }, { projectId: 1, surveyId: 1, score: 1, answeredAt: 1 }).lean<RollupInput[]>().cursor();
  for await (const answer of cursor as AsyncIterable<RollupInput>) answers.push(answer);
  await models.Rollup.deleteMany({ surveyId });
  for (let i = 0; i < answers.length; i += 5_000) await applyRollups(models, answers.slice(i, i + 5_000));
  return answers.length;
}
