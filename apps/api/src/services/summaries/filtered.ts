import type { Summary, SummaryQuery } from '@pulse/shared';
import type { Models } from '../../db/models.js';
import { HttpError } from '../../errors.js';
import { responseFilter } from './answer-filter.js';
import { allTimeDistribution, assembleSummary, summaryPeriod } from './summary.js';

/**
 * Rollups count scores per survey and bucket only, so a summary filtered by
 * category, locale or trait is counted from the answers themselves. That is a
 * scan, so it is bounded: past this many answers (both periods together) the
 * caller narrows the period.
 */
export const MAX_FILTERED_ANSWERS = 50_000;

export const hasAnswerFilters = (q: SummaryQuery) => Boolean(q.category || q.locale || q.trait);

export async function summarizeFiltered(models: Models, surveyId: string, q: SummaryQuery): Promise<Summary> {
  const period = summaryPeriod(q);
  const { first, end, previousFirst, bucketMs } = period;

  const [answers, allTime] = await Promise.all([
    models.Response.find(
      responseFilter({ ...q, surveyId, from: previousFirst.toISOString(), to: end.toISOString() }),
      { score: 1, answeredAt: 1 },
    )
      .limit(MAX_FILTERED_ANSWERS + 1)
      .lean<{ score: number; answeredAt: Date }[]>(),
    allTimeDistribution(models, surveyId),
  ]);
  if (answers.length > MAX_FILTERED_ANSWERS) {
    throw new HttpError(
      400,
      'filter_too_broad',
      `More than ${MAX_FILTERED_ANSWERS} answers match; choose a shorter period to filter by category, locale or trait.`,
    );
  }

  const current = Array.from({ length: period.points }, () => Array<number>(11).fill(0));
  const previous = Array<number>(11).fill(0);
  for (const { score, answeredAt } of answers) {
    const bucket =
      answeredAt < first
        ? previous
        : current[Math.floor((answeredAt.getTime() - first.getTime()) / bucketMs)];
    if (bucket) bucket[score] = (bucket[score] ?? 0) + 1;
  }
  return assembleSummary(surveyId, q, period, { current, previous, allTime });
}
