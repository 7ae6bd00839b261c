import { describe, expect, it } from 'vitest';
import {
  classifyScore,
  compareNps,
  countsFromDistribution,
  MIN_ANSWERS_TO_COMPARE,
  npsDifference,
  npsDifferenceInterval,
  npsFromCounts,
  npsInterval,
  npsMarginOfError,
  SCORES,
} from './nps.js';

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

// Worked values, adjusted-Wald (Rocks 2016): n' = n + 3, p' = (P + ¾)/n', d' = (D + ¾)/n',
// centre = p' − d', se = sqrt((p' + d' − (p' − d')²)/n'), interval 100·(centre ± 1.96·se).
describe('npsInterval', () => {
  it('is null for n = 0', () => {
    expect(npsInterval({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });

  it('is wide, not ± 0, for a single answer', () => {
    // n' = 4, p' = 1.75/4 = 0.4375, d' = 0.1875: centre 0.25, var 0.625 − 0.0625 = 0.5625,
    // se = sqrt(0.5625/4) = 0.375, 0.25 ± 0.735 = [−0.485, 0.985]; widened to the observed +100.
    const interval = npsInterval({ promoters: 1, passives: 0, detractors: 0 })!;
    expect(interval.low).toBeCloseTo(-48.5, 10);
    expect(interval.high).toBe(100);
    expect(npsMarginOfError({ promoters: 1, passives: 0, detractors: 0 })).toBeCloseTo(74.25, 10);
  });

  it('stays within −100…100 for a unanimous few', () => {
    // 5 detractors: n' = 8, p' = 0.09375, d' = 0.71875, centre −0.625,
    // var 0.8125 − 0.390625 = 0.421875, se = sqrt(0.421875/8) = 0.22964, 1.96·se = 0.45010:
    // [−1.0751, −0.1749], the low end clipped to −1.
    const interval = npsInterval({ promoters: 0, passives: 0, detractors: 5 })!;
    expect(interval.low).toBe(-100);
    expect(interval.high).toBeCloseTo(-17.4906, 4);
    // Everybody passive: centre 0, n' = 43, p' = d' = 0.75/43, var = 1.5/43: ±1.96·sqrt(1.5)/43.
    const passives = npsInterval({ promoters: 0, passives: 40, detractors: 0 })!;
    expect(passives.high).toBeCloseTo((100 * 1.96 * Math.sqrt(1.5)) / 43, 10);
    expect(passives.low).toBeCloseTo(-passives.high, 10);
  });

  it('matches the worked value at n = 100', () => {
    // 50/30/20: n' = 103, p' = 50.75/103, d' = 20.75/103, centre 0.29126, se 0.07691: [14.05, 44.20].
    const interval = npsInterval({ promoters: 50, passives: 30, detractors: 20 })!;
    expect(interval.low).toBeCloseTo(14.0509, 3);
    expect(interval.high).toBeCloseTo(44.2016, 3);
  });

  it('narrows as n grows and approaches the plain Wald margin', () => {
    const small = npsMarginOfError({ promoters: 5, passives: 3, detractors: 2 })!;
    const large = npsMarginOfError({ promoters: 5000, passives: 3000, detractors: 2000 })!;
    expect(small).toBeGreaterThan(large * 20);
    // Plain Wald at p = 0.5, d = 0.2: 1.96·sqrt(0.61/10000)·100 = 1.5308.
    expect(large).toBeCloseTo(1.96 * Math.sqrt(0.61 / 10_000) * 100, 2);
  });
});

describe('npsDifferenceInterval and compareNps', () => {
  it('is null when a period has no answers', () => {
    const none = { promoters: 0, passives: 0, detractors: 0 };
    expect(npsDifferenceInterval({ promoters: 1, passives: 0, detractors: 0 }, none)).toBeNull();
    expect(npsDifference(none, none)).toBeNull();
  });

  it('is wide for one answer against one, within −200…200', () => {
    // Centres 0.25 and −0.25, se 0.375 each: 0.5 ± 1.96·sqrt(2·0.140625) = 0.5 ± 1.03945
    // = [−0.53945, 1.53945]; widened to the observed +100 − (−100) = 200.
    const interval = npsDifferenceInterval(
      { promoters: 1, passives: 0, detractors: 0 },
      { promoters: 0, passives: 0, detractors: 1 },
    )!;
    expect(interval.low).toBeCloseTo(-53.9447, 3);
    expect(interval.high).toBe(200);
  });

  it('matches the worked value for two large samples', () => {
    // 500/300/200 vs 400/300/300: centres 0.29960 and 0.09980, se 0.02465 and 0.02614,
    // 0.19980 ± 1.96·0.03593 = [0.12886, 0.26995].
    const current = { promoters: 500, passives: 300, detractors: 200 };
    const previous = { promoters: 400, passives: 300, detractors: 300 };
    const interval = npsDifferenceInterval(current, previous)!;
    expect(interval.low).toBeCloseTo(12.8855, 3);
    expect(interval.high).toBeCloseTo(26.9949, 3);
    expect(npsDifference(current, previous)).toBeCloseTo(20, 10);
    expect(compareNps(current, previous)).toBe('better');
    expect(compareNps(previous, current)).toBe('worse');
  });

  it('calls a change within the interval noise, and refuses a verdict below the minimum sample', () => {
    // 12/5/3 vs 10/5/5 (+45 vs +25): the interval [−28.0, 62.8] holds 0.
    expect(
      compareNps(
        { promoters: 12, passives: 5, detractors: 3 },
        { promoters: 10, passives: 5, detractors: 5 },
      ),
    ).toBe('within_noise');
    const few = { promoters: 0, passives: 0, detractors: MIN_ANSWERS_TO_COMPARE - 1 };
    const many = { promoters: 100, passives: 0, detractors: 0 };
    expect(compareNps(many, few)).toBe('too_few');
    expect(compareNps(few, many)).toBe('too_few');
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
