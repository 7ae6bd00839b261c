import {
  countsFromDistribution,
  npsFromCounts,
  npsMarginOfError,
  type Summary,
  type SummaryQuery,
  totalOf,
  type TrendPoint,
} from '@pulse/shared';
import type { Models } from '../db/models.js';
import { HttpError } from '../errors.js';
import { responseFilter } from './response-filter.js';
import { bucketStart, nextBucket } from './rollups.js';

/**
 * Rollups count scores per survey and bucket only, so a summary filtered by
 * category, locale or trait is counted from the answers themselves. That is a
 * scan, so it is bounded: past this many answers the caller narrows the period.
 */
export const MAX_FILTERED_ANSWERS = 50_000;
const MAX_TREND_POINTS = 2_000;
const DEFAULT_DAYS = 30;

export const hasAnswerFilters = (q: SummaryQuery) => Boolean(q.category || q.locale || q.trait);

function pointOf(distribution: number[]) {
  const counts = countsFromDistribution(distribution);
  return { total: totalOf(counts), ...counts, nps: npsFromCounts(counts) };
}

export async function summarizeFiltered(models: Models, surveyId: string, q: SummaryQuery): Promise<Summary> {
  const to = q.to ? new Date(q.to) : new Date();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - DEFAULT_DAYS * 86_400_000);
  const first = bucketStart(from, q.bucket);
  let end = bucketStart(to, q.bucket);
  if (end < to) end = nextBucket(end, q.bucket);
  const bucketMs = q.bucket === 'hour' ? 3_600_000 : 86_400_000;
  const points = (end.getTime() - first.getTime()) / bucketMs;
  if (points > MAX_TREND_POINTS) {
    throw new HttpError(400, 'range_too_large', `That range has ${points} ${q.bucket} buckets; at most ${MAX_TREND_POINTS}.`);
  }

  const answers = await models.Response.find(
    responseFilter({ ...q, surveyId, from: first.toISOString(), to: end.toISOString() }),
    { score: 1, answeredAt: 1 },
  )
    .limit(MAX_FILTERED_ANSWERS + 1)
    .lean<{ score: number; answeredAt: Date }[]>();
  if (answers.length > MAX_FILTERED_ANSWERS) {
    throw new HttpError(
      400,
      'filter_too_broad',
      `More than ${MAX_FILTERED_ANSWERS} answers match; choose a shorter period to filter by category, locale or trait.`,
    );
  }

  const perBucket = Array.from({ length: points }, () => Array<number>(11).fill(0));
  const distribution = Array<number>(11).fill(0);
  for (const { score, answeredAt } of answers) {
    const index = Math.floor((answeredAt.getTime() - first.getTime()) / bucketMs);
    const bucket = perBucket[index];
    if (!bucket) continue;
    bucket[score] = (bucket[score] ?? 0) + 1;
    distribution[score] = (distribution[score] ?? 0) + 1;
  }
  const trend: TrendPoint[] = perBucket.map((bucket, i) => ({
    start: new Date(first.getTime() + i * bucketMs).toISOString(),
    ...pointOf(bucket),
  }));
  return {
    surveyId,
    from: first.toISOString(),
    to: end.toISOString(),
    bucket: q.bucket,
    ...pointOf(distribution),
    marginOfError: npsMarginOfError(countsFromDistribution(distribution)),
    distribution,
    trend,
  };
}
