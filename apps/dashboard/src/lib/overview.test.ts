import type { ResponseItem, Summary } from '@pulse/shared';
import { describe, expect, it } from 'vitest';
import {
  addAnswers,
  changeBetween,
  customPeriod,
  matchesView,
  presetPeriod,
  previousPeriod,
} from './overview.js';

const NOW = Date.parse('2026-03-10T12:30:00Z');

function summaryOf(distribution: number[], extra: Partial<Summary> = {}): Summary {
  const promoters = distribution[9]! + distribution[10]!;
  const passives = distribution[7]! + distribution[8]!;
  const total = distribution.reduce((a, b) => a + b, 0);
  const detractors = total - promoters - passives;
  return {
    surveyId: 'a'.repeat(24),
    from: '2026-03-10T00:00:00.000Z',
    to: '2026-03-11T00:00:00.000Z',
    bucket: 'hour',
    total,
    promoters,
    passives,
    detractors,
    nps: total ? (100 * (promoters - detractors)) / total : null,
    marginOfError: 10,
    distribution,
    trend: [{ start: '2026-03-10T12:00:00.000Z', total, promoters, passives, detractors, nps: 0 }],
    ...extra,
  };
}

function answer(score: number, extra: Partial<ResponseItem> = {}): ResponseItem {
  return {
    id: `${score}`.padStart(24, '0'),
    surveyId: 'a'.repeat(24),
    score,
    category: score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor',
    comment: null,
    locale: 'en',
    respondent: { traits: { plan: 'pro', seats: 5 } },
    context: {},
    classification: null,
    answeredAt: '2026-03-10T12:40:00.000Z',
    createdAt: '2026-03-10T12:40:00.000Z',
    ...extra,
  };
}

describe('changeBetween', () => {
  it('calls a change meaningful only beyond the combined margin of error', () => {
    const a = summaryOf([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10], { nps: 40, marginOfError: 6 });
    const b = summaryOf([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10], { nps: 32, marginOfError: 8 });
    // sqrt(36 + 64) = 10 > 8: noise.
    expect(changeBetween(a, b)).toEqual({ delta: 8, combinedMargin: 10, meaningful: false });
    expect(changeBetween({ ...a, nps: 43 }, b)?.meaningful).toBe(true);
    expect(changeBetween(a, { ...b, nps: null, marginOfError: null })).toBeNull();
  });
});

describe('periods', () => {
  it('compares a preset with the period of equal length before it', () => {
    const p = presetPeriod('7d', NOW);
    expect(previousPeriod(p, NOW)).toEqual({
      from: new Date(NOW - 14 * 86_400_000).toISOString(),
      to: p.from,
    });
  });
  it('makes a custom range of whole UTC days, end day included', () => {
    expect(customPeriod('2026-03-01', '2026-03-02')).toMatchObject({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-03T00:00:00.000Z',
      bucket: 'hour',
    });
    expect(customPeriod('2026-03-01', '2026-03-05').bucket).toBe('day');
  });
});

describe('addAnswers', () => {
  it('moves counts, distribution, NPS, margin and the trend bucket together', () => {
    const before = summaryOf([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const after = addAnswers(before, [
      answer(0),
      answer(10, { id: 'b'.repeat(24), answeredAt: '2026-03-10T13:05:00.000Z' }),
    ]);
    expect(after).toMatchObject({ total: 3, promoters: 2, detractors: 1, nps: 100 / 3 });
    expect(after.distribution[0]).toBe(1);
    expect(after.marginOfError).toBeGreaterThan(0);
    expect(after.trend.map((p) => [p.start, p.total, p.detractors])).toEqual([
      ['2026-03-10T12:00:00.000Z', 2, 1],
      ['2026-03-10T13:00:00.000Z', 1, 0],
    ]);
    expect(before.total).toBe(1);
  });
});

describe('matchesView', () => {
  const view = { surveyId: 'a'.repeat(24), period: presetPeriod('24h', NOW), filters: {} };
  it('applies survey, category, locale, trait and period', () => {
    expect(matchesView(answer(3), view)).toBe(true);
    expect(matchesView(answer(3), { ...view, surveyId: 'c'.repeat(24) })).toBe(false);
    expect(matchesView(answer(3), { ...view, filters: { category: 'promoter' } })).toBe(false);
    expect(matchesView(answer(3), { ...view, filters: { locale: 'es' } })).toBe(false);
    expect(matchesView(answer(3), { ...view, filters: { trait: 'seats=5' } })).toBe(true);
    expect(matchesView(answer(3), { ...view, filters: { trait: 'plan=enterprise' } })).toBe(false);
    expect(matchesView(answer(3, { answeredAt: '2026-03-01T00:00:00.000Z' }), view)).toBe(false);
  });
});
