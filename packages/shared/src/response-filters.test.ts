import { describe, expect, it } from 'vitest';
import { TraitFilter } from './contracts/filters.js';
import { matchesResponseFilters, parseTraitFilter, traitValuesOf } from './response-filters.js';

const answer = {
  category: 'detractor' as const,
  locale: 'pt-BR',
  respondent: { traits: { plan: 'pro', seats: 5, beta: true, note: 'a=b' } },
  answeredAt: '2026-03-10T12:40:00.000Z',
};

describe('response filters', () => {
  it('splits a trait filter at its first "=", so a value may hold one', () => {
    expect(parseTraitFilter('note=a=b')).toEqual({ key: 'note', value: 'a=b' });
    expect(TraitFilter.safeParse('note=a=b').success).toBe(true);
    expect(TraitFilter.safeParse('a.b=c').success).toBe(false);
  });

  it('reads a filter as text, and as the number or boolean it spells', () => {
    expect(traitValuesOf('5')).toEqual(['5', 5]);
    expect(traitValuesOf('true')).toEqual(['true', true]);
    expect(traitValuesOf('pro')).toEqual(['pro']);
  });

  it('passes an answer only when every filter and the window hold', () => {
    const window = { from: '2026-03-10T00:00:00.000Z', to: '2026-03-11T00:00:00.000Z' };
    expect(matchesResponseFilters(answer, window)).toBe(true);
    expect(matchesResponseFilters(answer, { category: 'detractor', locale: 'pt-BR' })).toBe(true);
    expect(matchesResponseFilters(answer, { category: 'promoter' })).toBe(false);
    expect(matchesResponseFilters(answer, { locale: 'pt' })).toBe(false);
    for (const trait of ['plan=pro', 'seats=5', 'seats=5.0', 'beta=true', 'note=a=b'])
      expect(matchesResponseFilters(answer, { trait }), trait).toBe(true);
    for (const trait of ['plan=enterprise', 'seats=6', 'beta=false', 'missing=x'])
      expect(matchesResponseFilters(answer, { trait }), trait).toBe(false);
    expect(matchesResponseFilters(answer, { to: answer.answeredAt })).toBe(false);
    expect(matchesResponseFilters(answer, { from: answer.answeredAt })).toBe(true);
  });
});
