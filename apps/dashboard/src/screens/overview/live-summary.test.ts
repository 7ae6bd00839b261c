import type { ResponseItem, Summary } from '@pulse/shared/contracts';
import { npsInterval } from '@pulse/shared/nps';
import { describe, expect, it } from 'vitest';
import { addAnswers, matchesView } from './live-summary.js';

function summaryOf(distribution: number[], previous = { promoters: 0, passives: 0, detractors: 0 }): Summary {
  const promoters = distribution[9]! + distribution[10]!;
  const passives = distribution[7]! + distribution[8]!;
  const total = distribution.reduce((a, b) => a + b, 0);
  const detractors = total - promoters - passives;
  const counts = { promoters, passives, detractors };
  return {
    surveyId: 'a'.repeat(24),
    from: '2026-03-10T00:00:00.000Z',
    to: '2026-03-10T14:00:00.000Z',
    bucket: 'hour',
    total,
    ...counts,
    nps: total ? (100 * (promoters - detractors)) / total : null,
    marginOfError: 10,
    interval: npsInterval(counts),
    distribution,
    trend: [12, 13].map((h) => ({
      start: `2026-03-10T${h}:00:00.000Z`,
      ...(h === 12 ? { total, ...counts } : { total: 0, promoters: 0, passives: 0, detractors: 0 }),
      nps: null,
    })),
    comparison: {
      previous: {
        from: '2026-03-09T10:00:00.000Z',
        to: '2026-03-10T00:00:00.000Z',
        ...previous,
        total: previous.promoters + previous.passives + previous.detractors,
        nps: null,
        interval: null,
      },
      difference: null,
      interval: null,
      verdict: 'too_few',
      minAnswers: 10,
    },
    allTime: { total, nps: null },
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

describe('addAnswers', () => {
  it('moves counts, distribution, NPS, interval and the trend bucket together', () => {
    const before = summaryOf([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const after = addAnswers(before, [
      answer(0),
      answer(10, { id: 'b'.repeat(24), answeredAt: '2026-03-10T13:05:00.000Z' }),
    ]);
    expect(after).toMatchObject({ total: 3, promoters: 2, detractors: 1, nps: 100 / 3 });
    expect(after.distribution[0]).toBe(1);
    expect(after.interval).toEqual(npsInterval({ promoters: 2, passives: 0, detractors: 1 }));
    expect(after.trend.map((p) => [p.start, p.total, p.detractors])).toEqual([
      ['2026-03-10T12:00:00.000Z', 2, 1],
      ['2026-03-10T13:00:00.000Z', 1, 0],
    ]);
    expect(before.total).toBe(1);
  });

  it('recomputes the comparison with the shared maths, verdict included', () => {
    const before = summaryOf([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9], {
      promoters: 0,
      passives: 0,
      detractors: 10,
    });
    expect(addAnswers(before, [answer(10)]).comparison).toMatchObject({ difference: 200, verdict: 'better' });
  });
});

describe('matchesView', () => {
  const view = {
    surveyId: 'a'.repeat(24),
    window: { from: '2026-03-10T00:00:00.000Z', to: '2026-03-11T00:00:00.000Z' },
    filters: {},
  };
  it('applies survey, category, locale, trait and the window', () => {
    expect(matchesView(answer(3), view)).toBe(true);
    expect(matchesView(answer(3), { ...view, surveyId: 'c'.repeat(24) })).toBe(false);
    expect(matchesView(answer(3), { ...view, filters: { category: 'promoter' } })).toBe(false);
    expect(matchesView(answer(3), { ...view, filters: { locale: 'es' } })).toBe(false);
    expect(matchesView(answer(3), { ...view, filters: { trait: 'seats=5' } })).toBe(true);
    expect(matchesView(answer(3), { ...view, filters: { trait: 'plan=enterprise' } })).toBe(false);
    expect(matchesView(answer(3, { answeredAt: '2026-03-01T00:00:00.000Z' }), view)).toBe(false);
    expect(matchesView(answer(3, { answeredAt: '2026-03-11T00:00:00.000Z' }), view)).toBe(false);
  });
});
