import { describe, expect, it } from 'vitest';
import { classifyScore, countsFromDistribution, npsFromCounts, npsMarginOfError, SCORES } from './nps.js';

describe('classifyScore', () => {
  it.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const)('classifies %i as %s', (score, category) => {
    expect(classifyScore(score)).toBe(category);
  });

  it('classifies every score 0–10 into exactly the Bain categories', () => {
    expect(SCORES.map(classifyScore)).toEqual([
      ...Array(7).fill('detractor'),
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it.each([-1, 11, 7.5, Number.NaN, Number.POSITIVE_INFINITY])('throws a RangeError for %s', (score) => {
    expect(() => classifyScore(score)).toThrow(RangeError);
  });
});

describe('npsFromCounts', () => {
  it('is null when nobody answered', () => {
    expect(npsFromCounts({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });

  it('is 100 × (promoters − detractors) / n', () => {
    expect(npsFromCounts({ promoters: 50, passives: 30, detractors: 20 })).toBe(30);
    expect(npsFromCounts({ promoters: 0, passives: 0, detractors: 4 })).toBe(-100);
    expect(npsFromCounts({ promoters: 1, passives: 2, detractors: 0 })).toBeCloseTo(33.3333, 4);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => npsFromCounts({ promoters: -1, passives: 0, detractors: 0 })).toThrow(RangeError);
    expect(() => npsFromCounts({ promoters: 1.5, passives: 0, detractors: 0 })).toThrow(RangeError);
  });
});

describe('npsMarginOfError', () => {
  it('is null for n = 0 and 0 for a single answer', () => {
    expect(npsMarginOfError({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
    expect(npsMarginOfError({ promoters: 1, passives: 0, detractors: 0 })).toBe(0);
  });

  it('follows the variance of the +1/0/−1 variable', () => {
    // p = 0.5, d = 0.2: Var = 0.7 − 0.09 = 0.61; SE = sqrt(0.61/100); MoE = 1.96·SE·100
    const moe = npsMarginOfError({ promoters: 50, passives: 30, detractors: 20 });
    expect(moe).toBeCloseTo(1.96 * Math.sqrt(0.61 / 100) * 100, 10);
  });

  it('is 0 when everybody agrees, and largest for an even promoter/detractor split', () => {
    expect(npsMarginOfError({ promoters: 0, passives: 40, detractors: 0 })).toBe(0);
    const split = npsMarginOfError({ promoters: 50, passives: 0, detractors: 50 })!;
    expect(split).toBeCloseTo(19.6, 10);
    expect(npsMarginOfError({ promoters: 60, passives: 0, detractors: 40 })!).toBeLessThan(split);
  });

  it('shrinks with the square root of n', () => {
    const small = npsMarginOfError({ promoters: 5, passives: 3, detractors: 2 })!;
    const large = npsMarginOfError({ promoters: 500, passives: 300, detractors: 200 })!;
    expect(small / large).toBeCloseTo(10, 10);
  });
});

describe('countsFromDistribution', () => {
  it('folds an 11-slot distribution into category counts', () => {
    expect(countsFromDistribution([1, 0, 0, 1, 0, 0, 1, 1, 1, 1, 2])).toEqual({
      detractors: 3,
      passives: 2,
      promoters: 3,
    });
  });

  it('refuses a distribution that is not 11 slots', () => {
    expect(() => countsFromDistribution([1, 2, 3])).toThrow(RangeError);
  });
});
