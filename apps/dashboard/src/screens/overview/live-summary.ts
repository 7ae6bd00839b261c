import {
  type CategoryCounts,
  classifyScore,
  compareNps,
  countsFromDistribution,
  npsDifference,
  npsDifferenceInterval,
  npsFromCounts,
  npsInterval,
  type ResponseItem,
  type Summary,
  totalOf,
} from '@pulse/shared';
import type { Filters } from './api.js';

export const PRESETS = ['24h', '7d', '30d', '90d'] as const;
export type Preset = (typeof PRESETS)[number];

/**
 * What the summary is asked for. Presets are whole buckets ending with the one
 * now filling (the API's `last`), so "7 days" is today so far and the 6 days
 * before: 7 bars, and the API picks the previous 7 days to compare with.
 */
export interface Period {
  preset: Preset | 'custom';
  bucket: 'hour' | 'day';
  last?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const HOUR = 3_600_000;
const PRESET_SPAN: Record<Preset, { last: number; bucket: 'hour' | 'day' }> = {
  '24h': { last: 24, bucket: 'hour' },
  '7d': { last: 7, bucket: 'day' },
  '30d': { last: 30, bucket: 'day' },
  '90d': { last: 90, bucket: 'day' },
};

export function presetPeriod(preset: Preset): Period {
  return { preset, ...PRESET_SPAN[preset] };
}

/** A custom range of whole days (inputs are yyyy-mm-dd, UTC), end inclusive. */
export function customPeriod(fromDay: string, toDay: string): Period {
  const from = new Date(`${fromDay}T00:00:00Z`);
  const to = new Date(new Date(`${toDay}T00:00:00Z`).getTime() + 24 * HOUR);
  const bucket = to.getTime() - from.getTime() <= 2 * 24 * HOUR ? 'hour' : 'day';
  return { preset: 'custom', from: from.toISOString(), to: to.toISOString(), bucket };
}

/** Whether a live answer belongs in the view: same survey and filters, inside the summary's window. */
export function matchesView(
  response: ResponseItem,
  view: { surveyId: string; window: { from: string; to: string }; filters: Filters },
): boolean {
  const { surveyId, window, filters } = view;
  if (response.surveyId !== surveyId) return false;
  if (filters.category && response.category !== filters.category) return false;
  if (filters.locale && response.locale !== filters.locale) return false;
  if (filters.trait) {
    const at = filters.trait.indexOf('=');
    const value = response.respondent.traits?.[filters.trait.slice(0, at)];
    if (value === undefined || String(value) !== filters.trait.slice(at + 1)) return false;
  }
  const answered = Date.parse(response.answeredAt);
  return answered >= Date.parse(window.from) && answered < Date.parse(window.to);
}

function bucketStartOf(iso: string, bucket: 'hour' | 'day'): number {
  const d = new Date(iso);
  d.setUTCMinutes(0, 0, 0);
  if (bucket === 'day') d.setUTCHours(0);
  return d.getTime();
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
    const start = bucketStartOf(answer.answeredAt, summary.bucket);
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
