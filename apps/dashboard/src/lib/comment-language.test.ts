import { describe, expect, it } from 'vitest';
import { commentLanguageOf } from './comment-language.js';

const classified = (language: 'th' | 'und') => ({
  category: 'detractor' as const,
  priority: 'high' as const,
  churnRisk: false,
  themes: [],
  language,
});

describe('commentLanguageOf', () => {
  it('names the language the comment is written in, whatever the widget spoke', () => {
    expect(commentLanguageOf({ locale: 'en', classification: classified('th') })).toBe('th');
  });

  it("falls back to the widget's language when the text says nothing, and to null", () => {
    expect(commentLanguageOf({ locale: 'pt-BR', classification: classified('und') })).toBe('pt-BR');
    expect(commentLanguageOf({ locale: 'lt', classification: null })).toBe('lt');
    expect(commentLanguageOf({ locale: null, classification: null })).toBeNull();
  });
});
