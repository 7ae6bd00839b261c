import {
  classifyScore,
  countsFromDistribution,
  npsFromCounts,
  npsMarginOfError,
  type ResponseItem,
  type Summary,
  totalOf,
} from '@pulse/shared';
import type { Filters } from './api.js';

export const PRESETS = ['24h', '7d', '30d', '90d'] as const;
export type Preset = (typeof PRESETS)[number];

export interface Period {
  preset: Preset | 'custom';
  from: string;
  /** Undefined for presets: they end "now" and keep growing with live answers. */
  to?: string | undefined;
  bucket: 'hour' | 'day';
}

const HOUR = 3_600_000;
const PRESET_SPAN: Record<Preset, { ms: number; bucket: 'hour' | 'day' }> = {
  '24h': { ms: 24 * HOUR, bucket: 'hour' },
  '7d': { ms: 7 * 24 * HOUR, bucket: 'day' },
  '30d': { ms: 30 * 24 * HOUR, bucket: 'day' },
  '90d': { ms: 90 * 24 * HOUR, bucket: 'day' },
};

export function presetPeriod(preset: Preset, now = Date.now()): Period {
  const { ms, bucket } = PRESET_SPAN[preset];
  return { preset, from: new Date(now - ms).toISOString(), bucket };
}

/** A custom range of whole days (inputs are yyyy-mm-dd, UTC), end inclusive. */
export function customPeriod(fromDay: string, toDay: string): Period {
  const from = new Date(`${fromDay}T00:00:00Z`);
  const to = new Date(new Date(`${toDay}T00:00:00Z`).getTime() + 24 * HOUR);
  const bucket = to.getTime() - from.getTime() <= 2 * 24 * HOUR ? 'hour' : 'day';
  return { preset: 'custom', from: from.toISOString(), to: to.toISOString(), bucket };
}

/** The period of equal length that ends where this one starts. */
export function previousPeriod(period: Period, now = Date.now()): { from: string; to: string } {
  const from = Date.parse(period.from);
  const to = period.to ? Date.parse(period.to) : now;
  return { from: new Date(from - (to - from)).toISOString(), to: period.from };
}

export interface Change {
  delta: number;
  /** sqrt(moe₁² + moe₂²): a change smaller than this may be noise. */
  combinedMargin: number;
  meaningful: boolean;
}

export function changeBetween(current: Summary, previous: Summary): Change | null {
  if (
    current.nps === null ||
    previous.nps === null ||
    current.marginOfError === null ||
    previous.marginOfError === null
  )
    return null;
  const delta = current.nps - previous.nps;
  const combinedMargin = Math.sqrt(current.marginOfError ** 2 + previous.marginOfError ** 2);
  return { delta, combinedMargin, meaningful: Math.abs(delta) > combinedMargin };
}

/** Whether a live answer belongs in the view: same survey, filters and period. */
export function matchesView(
  response: ResponseItem,
  view: { surveyId: string; period: Period; filters: Filters },
): boolean {
  const { surveyId, period, filters } = view;
  if (response.surveyId !== surveyId) return false;
  if (filters.category && response.category !== filters.category) return false;
  if (filters.locale && response.locale !== filters.locale) return false;
  if (filters.trait) {
    const at = filters.trait.indexOf('=');
    const value = response.respondent.traits?.[filters.trait.slice(0, at)];
    if (value === undefined || String(value) !== filters.trait.slice(at + 1)) return false;
  }
  const answered = Date.parse(response.answeredAt);
  return answered >= Date.parse(period.from) && (!period.to || answered < Date.parse(period.to));
}

function bucketStartOf(iso: string, bucket: 'hour' | 'day'): number {
  const d = new Date(iso);
  d.setUTCMinutes(0, 0, 0);
  if (bucket === 'day') d.setUTCHours(0);
  return d.getTime();
}

function withCounts<T extends object>(base: T, distribution: number[]) {
  const counts = countsFromDistribution(distribution);
  return { ...base, ...counts, total: totalOf(counts), nps: npsFromCounts(counts) };
}

/**
 * The summary with live answers added: distribution, counts, NPS, margin and
 * the trend bucket each falls in (new buckets appended as time moves on).
 * Pure, so a frame's worth of answers is one new object.
 */
export function addAnswers(summary: Summary, answers: ResponseItem[]): Summary {
  if (answers.length === 0) return summary;
  const distribution = [...summary.distribution];
  const trend = summary.trend.map((p) => ({ ...p }));
  const trendDistributions = new Map<number, number[]>();
  for (const answer of answers) {
    distribution[answer.score] = (distribution[answer.score] ?? 0) + 1;
    const start = bucketStartOf(answer.answeredAt, summary.bucket);
    let index = trend.findIndex((p) => Date.parse(p.start) === start);
    if (index === -1) {
      trend.push({
        start: new Date(start).toISOString(),
        total: 0,
        promoters: 0,
        passives: 0,
        detractors: 0,
        nps: null,
      });
      trend.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      index = trend.findIndex((p) => Date.parse(p.start) === start);
    }
    const point = trend[index]!;
    const category = classifyScore(answer.score);
    const counts = trendDistributions.get(start) ?? [point.promoters, point.passives, point.detractors];
    counts[category === 'promoter' ? 0 : category === 'passive' ? 1 : 2]! += 1;
    trendDistributions.set(start, counts);
  }
  for (const [start, [promoters = 0, passives = 0, detractors = 0]] of trendDistributions) {
    const i = trend.findIndex((p) => Date.parse(p.start) === start);
    const counts = { promoters, passives, detractors };
    trend[i] = { start: trend[i]!.start, ...counts, total: totalOf(counts), nps: npsFromCounts(counts) };
  }
  const summed = withCounts({ ...summary, distribution, trend }, distribution);
  return { ...summed, marginOfError: npsMarginOfError(countsFromDistribution(distribution)) };
}

export const share = (part: number, total: number) => (total === 0 ? 0 : (100 * part) / total);
