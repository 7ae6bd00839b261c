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

/**
 * Half-width of the 95% confidence interval of NPS, in NPS points.
 * Each answer is a variable X of +1 (promoter), 0 (passive) or −1 (detractor);
 * NPS = 100·mean(X), Var(X) = (p + d)/n − ((p − d)/n)², SE = sqrt(Var/n).
 * Null for n = 0; for n = 1 the variance is 0, which is honest about the data
 * and says nothing about the population, so callers should show n beside it.
 */
export function npsMarginOfError(counts: CategoryCounts, z = 1.96): number | null {
  assertCounts(counts);
  const n = totalOf(counts);
  if (n === 0) return null;
  const p = counts.promoters / n;
  const d = counts.detractors / n;
  const variance = Math.max(0, p + d - (p - d) ** 2);
  return 100 * z * Math.sqrt(variance / n);
}

function assertCounts(counts: CategoryCounts): void {
  for (const [key, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`${key} must be a non-negative integer, got ${value}`);
    }
  }
}
