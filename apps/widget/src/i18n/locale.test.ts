import { Appearance, type PublicSurveyConfig, Throttle } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LANGUAGES } from './languages.js';
import { chooseLocale, isRtl, resolveStrings } from './locale.js';
import { BUILT_IN, EN } from './strings.js';

const config = (texts: PublicSurveyConfig['texts']): PublicSurveyConfig => ({
  surveyId: '0123456789abcdef01234567',
  defaultLocale: 'en',
  texts,
  throttle: Throttle.parse({}),
  appearance: Appearance.parse({}),
  thankYouLinks: {},
});

describe('chooseLocale', () => {
  it('takes the first hint the survey or the built-in tables can speak', () => {
    expect(chooseLocale(['xx', 'de-AT', 'en'], ['en'], 'en')).toBe('de');
    expect(chooseLocale(['pt-BR'], ['en', 'pt-BR'], 'en')).toBe('pt-BR');
    expect(chooseLocale(['PT_br'], ['en', 'pt-BR'], 'en')).toBe('pt-BR');
    expect(chooseLocale(['nl-NL', 'nl'], ['en', 'nl'], 'en')).toBe('nl');
  });

  it('falls back to the survey default when nothing matches', () => {
    expect(chooseLocale(['ja-JP', 'not a tag'], ['es'], 'es')).toBe('es');
    expect(chooseLocale([], ['fr'], 'fr')).toBe('fr');
  });
});

describe('resolveStrings', () => {
  it('lets the survey texts override built-ins key by key, per category too', () => {
    const strings = resolveStrings(
      'en',
      config({ en: { question: 'Would you recommend Acme?', followUp: { detractor: 'What went wrong?' } } }),
      EN,
    );
    expect(strings.question).toBe('Would you recommend Acme?');
    expect(strings.followUp).toEqual({ ...EN.followUp, detractor: 'What went wrong?' });
    expect(strings.submit).toBe(EN.submit);
  });
});

describe('built-in strings', () => {
  it('covers exactly the listed languages, each with every key filled', () => {
    expect(Object.keys(BUILT_IN).sort()).toEqual([...BUILT_IN_LANGUAGES].sort());
    for (const [language, strings] of Object.entries(BUILT_IN)) {
      for (const [key, value] of Object.entries(strings)) {
        const values: string[] = typeof value === 'string' ? [value] : Object.values(value);
        for (const text of values) expect(text.trim(), `${language}.${key}`).not.toBe('');
      }
      expect(strings.count, `${language}.count`).toMatch(/\{n\}.*\{max\}/);
    }
  });

  it('marks Arabic right-to-left and the others left-to-right', () => {
    expect(isRtl('ar')).toBe(true);
    expect(isRtl('ar-EG')).toBe(true);
    expect(BUILT_IN_LANGUAGES.filter(isRtl)).toEqual(['ar']);
  });
});
