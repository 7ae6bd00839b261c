/**
 * NPS maths, pure. Scores are the 0–10 answer to "How likely are you to
 * recommend …"; the categories and the index follow Bain's definition.
 */

export const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type Score = (typeof SCORES)[number];
export type Category = 'detractor' | 'passive' | 'promoter';
export const CATEGORIES: readonly Category[] = ['detractor', 'passive', 'promoter'];

export interface CategoryCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** 9–10 promoter, 7–8 passive, 0–6 detractor; anything else is a programming error. */
export function classifyScore(score: number): Category {
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    throw new RangeError(`An NPS score is an integer from 0 to 10, got ${score}`);
  }
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** Folds an 11-slot score distribution (index = score) into category counts. */
export function countsFromDistribution(distribution: readonly number[]): CategoryCounts {
  if (distribution.length !== 11) {
    throw new RangeError(`A score distribution has 11 slots, got ${distribution.length}`);
  }
  const counts: CategoryCounts = { promoters: 0, passives: 0, detractors: 0 };
  distribution.forEach((n, score) => {
    const category = classifyScore(score);
    if (category === 'promoter') counts.promoters += n;
    else if (category === 'passive') counts.passives += n;
    else counts.detractors += n;
  });
  return counts;
}

export function totalOf(counts: CategoryCounts): number {
  return counts.promoters + counts.passives + counts.detractors;
}

/** NPS from −100 to 100, or null when nobody answered (0 would claim a neutral result). */
export function npsFromCounts(counts: CategoryCounts): number | null {
  assertCounts(counts);
  const n = totalOf(counts);
  if (n === 0) return null;
  return (100 * (counts.promoters - counts.detractors)) / n;
}

/** A 95% interval, in NPS points (or points of difference). */
export interface Interval {
  low: number;
  high: number;
}

/**
 * Pseudo-answers of the adjusted-Wald interval for NPS (Rocks 2016, "Interval
 * estimation for the Net Promoter Score", The American Statistician 70(4)):
 * add 3 answers, ¾ promoter, ¾ detractor and 1½ passive, then use the Wald
 * standard error of the ±1/0 variable. It is the Agresti–Caffo idea for a
 * trinomial: at n = 1 or when every answer agrees the plain Wald variance is 0
 * ("± 0"), while the adjusted one never is, and its coverage holds at small n.
 */
const PSEUDO = { promoters: 0.75, passives: 1.5, detractors: 0.75 } as const;

interface Adjusted {
  /** Adjusted NPS as a fraction, −1…1. */
  center: number;
  /** Its standard error, as a fraction. */
  se: number;
}

function adjusted(counts: CategoryCounts): Adjusted | null {
  assertCounts(counts);
  const n = totalOf(counts);
  if (n === 0) return null;
  const size = n + PSEUDO.promoters + PSEUDO.passives + PSEUDO.detractors;
  const p = (counts.promoters + PSEUDO.promoters) / size;
  const d = (counts.detractors + PSEUDO.detractors) / size;
  const variance = p + d - (p - d) ** 2;
  return { center: p - d, se: Math.sqrt(variance / size) };
}

const clamp = (value: number, bound: number) => Math.min(bound, Math.max(-bound, value));

/**
 * 95% interval of NPS, adjusted-Wald (see PSEUDO), kept within [−100, 100].
 * The adjustment pulls the centre toward 0; at n = 1 that can leave the observed
 * NPS just outside, so the interval is widened to include it. Null for n = 0.
 */
export function npsInterval(counts: CategoryCounts, z = 1.96): Interval | null {
  const a = adjusted(counts);
  const nps = npsFromCounts(counts);
  if (!a || nps === null) return null;
  const low = 100 * clamp(a.center - z * a.se, 1);
  const high = 100 * clamp(a.center + z * a.se, 1);
  return { low: Math.min(low, nps), high: Math.max(high, nps) };
}

/** Half-width of `npsInterval`, in NPS points; null for n = 0. */
export function npsMarginOfError(counts: CategoryCounts, z = 1.96): number | null {
  const interval = npsInterval(counts, z);
  return interval && (interval.high - interval.low) / 2;
}

/**
 * 95% interval of NPS(current) − NPS(previous) for two independent samples:
 * each adjusted as in `npsInterval`, the difference of the adjusted centres
 * ± z·sqrt(se₁² + se₂²) (the Agresti–Caffo construction for a difference),
 * kept within [−200, 200] and widened to include the observed difference.
 */
export function npsDifferenceInterval(
  current: CategoryCounts,
  previous: CategoryCounts,
  z = 1.96,
): Interval | null {
  const a = adjusted(current);
  const b = adjusted(previous);
  const observed = npsDifference(current, previous);
  if (!a || !b || observed === null) return null;
  const half = z * Math.sqrt(a.se ** 2 + b.se ** 2);
  const low = 100 * clamp(a.center - b.center - half, 2);
  const high = 100 * clamp(a.center - b.center + half, 2);
  return { low: Math.min(low, observed), high: Math.max(high, observed) };
}

/** NPS(current) − NPS(previous) in points; null when either has no answers. */
export function npsDifference(current: CategoryCounts, previous: CategoryCounts): number | null {
  const a = npsFromCounts(current);
  const b = npsFromCounts(previous);
  return a === null || b === null ? null : a - b;
}

/**
 * Fewer answers than this in either period and a comparison says "too few
 * answers to compare" instead of a verdict: the interval would still be
 * correct, but a headline built on a handful of answers invites over-reading.
 */
export const MIN_ANSWERS_TO_COMPARE = 10;

export const COMPARISON_VERDICTS = ['better', 'worse', 'within_noise', 'too_few'] as const;
export type ComparisonVerdict = (typeof COMPARISON_VERDICTS)[number];

/** Better or worse only when the difference's interval excludes 0, and both periods have enough answers. */
export function compareNps(current: CategoryCounts, previous: CategoryCounts): ComparisonVerdict {
  if (totalOf(current) < MIN_ANSWERS_TO_COMPARE || totalOf(previous) < MIN_ANSWERS_TO_COMPARE)
    return 'too_few';
  const interval = npsDifferenceInterval(current, previous);
  if (!interval) return 'too_few';
  if (interval.low > 0) return 'better';
  if (interval.high < 0) return 'worse';
  return 'within_noise';
}

function assertCounts(counts: CategoryCounts): void {
  for (const [key, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`${key} must be a non-negative integer, got ${value}`);
    }
  }
}
