import {
  countsFromDistribution,
  npsFromCounts,
  npsMarginOfError,
  type Summary,
  type SummaryQuery,
  totalOf,
} from '@pulse/shared';
import type { Models } from '../db/models.js';
import type { RollupDoc } from '../db/rollup.js';
import { HttpError } from '../errors.js';
import { bucketStart, distributionOf, nextBucket } from './rollups.js';

/** A trend longer than this is a mistake in the query, not a chart anyone can read. */
const MAX_TREND_POINTS = 2_000;
const DEFAULT_DAYS = 30;

export interface SummaryPeriod {
  first: Date;
  end: Date;
  bucketMs: number;
  points: number;
}

/**
 * [from, to) widened to whole buckets (`from` rounds down, `to` up), so the
 * totals and the trend always agree. Defaults to the last 30 days.
 */
export function summaryPeriod(q: SummaryQuery): SummaryPeriod {
  const to = q.to ? new Date(q.to) : new Date();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - DEFAULT_DAYS * 86_400_000);
  const first = bucketStart(from, q.bucket);
  let end = bucketStart(to, q.bucket);
  if (end < to) end = nextBucket(end, q.bucket);
  const bucketMs = q.bucket === 'hour' ? 3_600_000 : 86_400_000;
  const points = (end.getTime() - first.getTime()) / bucketMs;
  if (points > MAX_TREND_POINTS) {
    throw new HttpError(
      400,
      'range_too_large',
      `That range has ${points} ${q.bucket} buckets; at most ${MAX_TREND_POINTS}.`,
    );
  }
  return { first, end, bucketMs, points };
}

function countsOf(distribution: number[]) {
  const counts = countsFromDistribution(distribution);
  return { total: totalOf(counts), ...counts, nps: npsFromCounts(counts) };
}

/** The summary of a period from its per-bucket score distributions (index = bucket, then score). */
export function assembleSummary(
  surveyId: string,
  q: SummaryQuery,
  period: SummaryPeriod,
  perBucket: number[][],
): Summary {
  const distribution = Array<number>(11).fill(0);
  for (const bucket of perBucket) {
    bucket.forEach((n, score) => {
      distribution[score] = (distribution[score] ?? 0) + n;
    });
  }
  return {
    surveyId,
    from: period.first.toISOString(),
    to: period.end.toISOString(),
    bucket: q.bucket,
    ...countsOf(distribution),
    marginOfError: npsMarginOfError(countsFromDistribution(distribution)),
    distribution,
    trend: perBucket.map((bucket, i) => ({
      start: new Date(period.first.getTime() + i * period.bucketMs).toISOString(),
      ...countsOf(bucket),
    })),
  };
}

/** NPS over a period, answered from the hour/day rollups (never by scanning answers). */
export async function summarizeSurvey(models: Models, surveyId: string, q: SummaryQuery): Promise<Summary> {
  const period = summaryPeriod(q);
  const docs = await models.Rollup.find({
    surveyId,
    bucket: q.bucket,
    start: { $gte: period.first, $lt: period.end },
  }).lean<RollupDoc[]>();
  const perBucket = Array.from({ length: period.points }, () => Array<number>(11).fill(0));
  for (const doc of docs) {
    const index = Math.round((doc.start.getTime() - period.first.getTime()) / period.bucketMs);
    if (perBucket[index]) perBucket[index] = distributionOf(doc);
  }
  return assembleSummary(surveyId, q, period, perBucket);
}
