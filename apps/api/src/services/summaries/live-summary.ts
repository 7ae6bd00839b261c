import {
  countsFromDistribution,
  npsFromCounts,
  npsMarginOfError,
  type SummaryUpdatedEvent,
  totalOf,
} from '@pulse/shared';

/** A survey's all-time totals as the live `summary.updated` event carries them, from its rollup's counters. */
export function liveSummaryOf(distribution: number[]): SummaryUpdatedEvent['summary'] {
  const counts = countsFromDistribution(distribution);
  return {
    ...counts,
    total: totalOf(counts),
    nps: npsFromCounts(counts),
    marginOfError: npsMarginOfError(counts),
    distribution,
  };
}
