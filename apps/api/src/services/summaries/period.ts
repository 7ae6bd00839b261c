import { bucketStart, MAX_SUMMARY_BUCKETS, nextBucket, type SummaryQuery } from '@pulse/shared';
import { HttpError } from '../../errors.js';

const DEFAULT_DAYS = 30;
const BUCKET_MS = { hour: 3_600_000, day: 86_400_000 } as const;

/**
 * The buckets a summary counts, defined once here: [first, end) in whole UTC
 * buckets (`from` rounds down, `to` up, so totals and trend always agree), and
 * the previous period of equal length, [previousFirst, first), which therefore
 * never overlaps it.
 */
export interface SummaryPeriod {
  first: Date;
  end: Date;
  previousFirst: Date;
  bucketMs: number;
  points: number;
}

export function summaryPeriod(q: SummaryQuery, now = new Date()): SummaryPeriod {
  const bucketMs = BUCKET_MS[q.bucket];
  const to = q.to ? new Date(q.to) : now;
  let end = bucketStart(to, q.bucket);
  if (end < to) end = nextBucket(end, q.bucket);
  // Without `from` or `last`: the last 30 days' worth of whole buckets, the current one included.
  const count = q.last ?? (q.from ? undefined : (DEFAULT_DAYS * BUCKET_MS.day) / bucketMs);
  const first =
    count === undefined
      ? bucketStart(new Date(q.from!), q.bucket)
      : new Date(end.getTime() - count * bucketMs);
  const points = (end.getTime() - first.getTime()) / bucketMs;
  if (points > MAX_SUMMARY_BUCKETS) {
    throw new HttpError(
      400,
      'range_too_large',
      `That range has ${points} ${q.bucket} buckets; at most ${MAX_SUMMARY_BUCKETS}.`,
    );
  }
  return { first, end, previousFirst: new Date(first.getTime() - points * bucketMs), bucketMs, points };
}
