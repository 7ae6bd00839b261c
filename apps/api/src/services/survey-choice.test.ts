import { describe, expect, it } from 'vitest';
import { surveyFor, visitorLanguages } from './survey-choice.js';

describe('visitorLanguages', () => {
  it('keeps distinct primary subtags in order, lower-cased', () => {
    expect(visitorLanguages('ar-EG,ar,en-US,EN')).toEqual(['ar', 'en']);
    expect(visitorLanguages('pt_BR, fil-PH')).toEqual(['pt', 'fil']);
  });

  it('skips entries that are no language tag instead of refusing them', () => {
    expect(visitorLanguages('English (US),,x,de&x=1,123,th')).toEqual(['th']);
    expect(visitorLanguages(undefined)).toEqual([]);
    expect(visitorLanguages('')).toEqual([]);
  });

  it('considers at most eight languages', () => {
    const many = ['aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj'].join(',');
    expect(visitorLanguages(many)).toHaveLength(8);
  });
});

describe('surveyFor', () => {
  // Newest change first, as publicConfig reads them.
  const arabic = { name: 'ar', texts: { ar: {} } };
  const thai = { name: 'th', texts: { th: {}, 'en-GB': {} } };
  const english = { name: 'en', texts: { en: {} } };
  const active = [arabic, thai, english];

  it("picks the most recently changed survey with texts in the visitor's first language it can serve", () => {
    expect(surveyFor(active, ['th'])?.name).toBe('th');
    expect(surveyFor(active, ['de', 'ar'])?.name).toBe('ar');
    expect(surveyFor(active, ['en'])?.name).toBe('th');
    expect(surveyFor([english, thai], ['en'])?.name).toBe('en');
  });

  it('falls back to the most recently changed one when none speaks their language', () => {
    expect(surveyFor(active, ['de'])?.name).toBe('ar');
    expect(surveyFor(active, [])?.name).toBe('ar');
    expect(surveyFor([], ['de'])).toBeUndefined();
  });
});
