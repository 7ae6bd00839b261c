import { bucketStart } from '@pulse/shared/buckets';
import type { ResponseItem, Summary } from '@pulse/shared/contracts';
import {
  type CategoryCounts,
  classifyScore,
  compareNps,
  countsFromDistribution,
  npsDifference,
  npsDifferenceInterval,
  npsFromCounts,
  npsInterval,
  totalOf,
} from '@pulse/shared/nps';
import { matchesResponseFilters, type ResponseFilterValues } from '@pulse/shared/response-filters';

/** Whether a live answer belongs in the view: same survey and filters, inside the summary's window. */
export function matchesView(
  response: ResponseItem,
  view: { surveyId: string; window: { from: string; to: string }; filters: ResponseFilterValues },
): boolean {
  return (
    response.surveyId === view.surveyId &&
    matchesResponseFilters(response, { ...view.filters, ...view.window })
  );
}

const countsOf = (c: CategoryCounts) => ({ ...c, total: totalOf(c), nps: npsFromCounts(c) });

/**
 * The summary with live answers added, recomputed with the same shared maths the
 * API uses (counts, NPS, interval, the comparison's verdict), so the tiles read
 * the same after live answers as after a reload. Answers outside the window are
 * the caller's to filter (matchesView). Pure: a frame's answers make one new object.
 */
export function addAnswers(summary: Summary, answers: ResponseItem[]): Summary {
  if (answers.length === 0) return summary;
  const distribution = [...summary.distribution];
  const trend = summary.trend.map((p) => ({ ...p }));
  for (const answer of answers) {
    distribution[answer.score] = (distribution[answer.score] ?? 0) + 1;
    const start = bucketStart(answer.answeredAt, summary.bucket).getTime();
    const point = trend.find((p) => Date.parse(p.start) === start);
    if (!point) continue;
    const category = classifyScore(answer.score);
    Object.assign(
      point,
      countsOf({
        promoters: point.promoters + (category === 'promoter' ? 1 : 0),
        passives: point.passives + (category === 'passive' ? 1 : 0),
        detractors: point.detractors + (category === 'detractor' ? 1 : 0),
      }),
    );
  }
  const now = countsFromDistribution(distribution);
  const { promoters, passives, detractors } = summary.comparison.previous;
  const before = { promoters, passives, detractors };
  const interval = npsInterval(now);
  return {
    ...summary,
    ...countsOf(now),
    distribution,
    trend,
    interval,
    marginOfError: interval && (interval.high - interval.low) / 2,
    comparison: {
      ...summary.comparison,
      difference: npsDifference(now, before),
      interval: npsDifferenceInterval(now, before),
      verdict: compareNps(now, before),
    },
  };
}

export const share = (part: number, total: number) => (total === 0 ? 0 : (100 * part) / total);
