import { describe, expect, it } from 'vitest';
import {
  browserLanguage,
  directionOf,
  ENDONYMS,
  initialLanguage,
  LANGUAGES,
  SAVED_LANGUAGE_KEY,
} from './languages.js';

const storage = (saved: string | null) => ({
  getItem: (key: string) => (key === SAVED_LANGUAGE_KEY ? saved : null),
});

describe('languages', () => {
  it('takes the first of the browser’s languages it speaks, by language', () => {
    expect(browserLanguage(['pt-BR', 'en'])).toBe('pt');
    expect(browserLanguage(['ja', 'zh-CN', 'ru-RU'])).toBe('ru');
    expect(browserLanguage(['fil-PH'])).toBe('tl');
    expect(browserLanguage(['AR_eg'])).toBe('ar');
    expect(browserLanguage(['ja'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });

  it('prefers what this browser showed last, unless that is no language it speaks', () => {
    expect(initialLanguage(storage('th'), ['de'])).toBe('th');
    expect(initialLanguage(storage(null), ['de-AT'])).toBe('de');
    expect(initialLanguage(storage('xx'), ['lt'])).toBe('lt');
  });

  it('mirrors Arabic only, and names every language in itself', () => {
    expect(LANGUAGES.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar']);
    expect(Object.keys(ENDONYMS)).toEqual([...LANGUAGES]);
    expect(ENDONYMS.th).toBe('ไทย');
  });
});
