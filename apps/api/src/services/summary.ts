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
import type { RollupDoc } from '../db/rollup.js';
import { HttpError } from '../errors.js';
import { bucketStart, distributionOf, nextBucket } from './rollups.js';

/** A trend longer than this is a mistake in the query, not a chart anyone can read. */
const MAX_TREND_POINTS = 2_000;
const DEFAULT_DAYS = 30;

function countsOf(distribution: number[]) {
  const counts = countsFromDistribution(distribution);
  return { total: totalOf(counts), ...counts, nps: npsFromCounts(counts) };
}

/**
 * NPS over [from, to), answered from the hour/day rollups (never by scanning
 * answers). `from` rounds down and `to` rounds up to whole buckets, so the
 * totals and the trend always agree.
 */
export async function summarizeSurvey(models: Models, surveyId: string, q: SummaryQuery): Promise<Summary> {
  const to = q.to ? new Date(q.to) : new Date();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - DEFAULT_DAYS * 86_400_000);
  const first = bucketStart(from, q.bucket);
  let end = bucketStart(to, q.bucket);
  if (end < to) end = nextBucket(end, q.bucket);

  const points = (end.getTime() - first.getTime()) / (q.bucket === 'hour' ? 3_600_000 : 86_400_000);
  if (points > MAX_TREND_POINTS) {
    throw new HttpError(400, 'range_too_large', `That range has ${points} ${q.bucket} buckets; at most ${MAX_TREND_POINTS}.`);
  }

  const docs = await models.Rollup.find({ surveyId, bucket: q.bucket, start: { $gte: first, $lt: end } }).lean<RollupDoc[]>();
  const byStart = new Map(docs.map((d) => [d.start.getTime(), distributionOf(d)]));

  const distribution = Array<number>(11).fill(0);
  const trend: TrendPoint[] = [];
  for (let t = first; t < end; t = nextBucket(t, q.bucket)) {
    const bucket = byStart.get(t.getTime()) ?? Array<number>(11).fill(0);
    bucket.forEach((n, score) => {
      distribution[score] = (distribution[score] ?? 0) + n;
    });
    trend.push({ start: t.toISOString(), ...countsOf(bucket) });
  }

  const counts = countsFromDistribution(distribution);
  return {
    surveyId,
    from: first.toISOString(),
    to: end.toISOString(),
    bucket: q.bucket,
    ...countsOf(distribution),
    marginOfError: npsMarginOfError(counts),
    distribution,
    trend,
  };
}
