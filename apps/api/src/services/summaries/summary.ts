import {
  type CategoryCounts,
  compareNps,
  countsFromDistribution,
  MIN_ANSWERS_TO_COMPARE,
  npsDifference,
  npsDifferenceInterval,
  npsFromCounts,
  npsInterval,
  type Summary,
  type SummaryQuery,
  totalOf,
} from '@pulse/shared';
import type { Models } from '../../db/models.js';
import type { RollupDoc } from '../../db/rollup.js';
import { type SummaryPeriod, summaryPeriod } from './period.js';
import { distributionOf, rollupId } from './rollups.js';

export { type SummaryPeriod, summaryPeriod } from './period.js';

function countsOf(distribution: number[]) {
  const counts = countsFromDistribution(distribution);
  return { total: totalOf(counts), ...counts, nps: npsFromCounts(counts) };
}

function sum(distributions: number[][]): number[] {
  const total = Array<number>(11).fill(0);
  for (const d of distributions) {
    d.forEach((n, score) => {
      total[score] = (total[score] ?? 0) + n;
    });
  }
  return total;
}

/** Score distributions of one period: `current` per bucket (index = bucket), `previous` summed. */
export interface PeriodDistributions {
  current: number[][];
  previous: number[];
  /** The survey's all-time distribution (unfiltered). */
  allTime: number[];
}

/** The summary of a period, with its comparison to the previous one, from score distributions. */
export function assembleSummary(
  surveyId: string,
  q: SummaryQuery,
  period: SummaryPeriod,
  { current, previous, allTime }: PeriodDistributions,
): Summary {
  const distribution = sum(current);
  const now: CategoryCounts = countsFromDistribution(distribution);
  const before: CategoryCounts = countsFromDistribution(previous);
  const interval = npsInterval(now);
  return {
    surveyId,
    from: period.first.toISOString(),
    to: period.end.toISOString(),
    bucket: q.bucket,
    ...countsOf(distribution),
    marginOfError: interval && (interval.high - interval.low) / 2,
    interval,
    distribution,
    trend: current.map((bucket, i) => ({
      start: new Date(period.first.getTime() + i * period.bucketMs).toISOString(),
      ...countsOf(bucket),
    })),
    comparison: {
      previous: {
        from: period.previousFirst.toISOString(),
        to: period.first.toISOString(),
        ...countsOf(previous),
        interval: npsInterval(before),
      },
      difference: npsDifference(now, before),
      interval: npsDifferenceInterval(now, before),
      verdict: compareNps(now, before),
      minAnswers: MIN_ANSWERS_TO_COMPARE,
    },
    allTime: {
      total: totalOf(countsFromDistribution(allTime)),
      nps: npsFromCounts(countsFromDistribution(allTime)),
    },
  };
}

/** The survey's all-time counters (one exact-_id read). */
export async function allTimeDistribution(models: Models, surveyId: string): Promise<number[]> {
  const doc = await models.Rollup.findById(rollupId(surveyId, 'all')).lean<RollupDoc>();
  return doc ? distributionOf(doc) : Array<number>(11).fill(0);
}

/** NPS over a period and the one before it, answered from the hour/day rollups (never by scanning answers). */
export async function summarizeSurvey(models: Models, surveyId: string, q: SummaryQuery): Promise<Summary> {
  const period = summaryPeriod(q);
  const [docs, allTime] = await Promise.all([
    models.Rollup.find({
      surveyId,
      bucket: q.bucket,
      start: { $gte: period.previousFirst, $lt: period.end },
    }).lean<RollupDoc[]>(),
    allTimeDistribution(models, surveyId),
  ]);
  const current = Array.from({ length: period.points }, () => Array<number>(11).fill(0));
  const before: number[][] = [];
  for (const doc of docs) {
    if (doc.start < period.first) {
      before.push(distributionOf(doc));
      continue;
    }
    const index = Math.round((doc.start.getTime() - period.first.getTime()) / period.bucketMs);
    if (current[index]) current[index] = distributionOf(doc);
  }
  return assembleSummary(surveyId, q, period, { current, previous: sum(before), allTime });
}
