import { describe, expect, it } from 'vitest';
import { OriginsReplace, ResponseInput, SurveyCreate } from './index.js';

const answer = { publicKey: 'pk_x', surveyId: 'a'.repeat(24), score: 7 };

describe('ResponseInput', () => {
  it('accepts a minimal answer', () => {
    expect(ResponseInput.parse(answer)).toEqual(answer);
  });

  it('rejects unknown keys, including nested ones', () => {
    expect(ResponseInput.safeParse({ ...answer, extra: 1 }).success).toBe(false);
    expect(ResponseInput.safeParse({ ...answer, respondent: { id: 'u', role: 'x' } }).success).toBe(false);
  });

  it('rejects trait keys MongoDB would read as operators or paths', () => {
    expect(ResponseInput.safeParse({ ...answer, respondent: { traits: { $gt: 1 } } }).success).toBe(false);
    expect(ResponseInput.safeParse({ ...answer, respondent: { traits: { 'a.b': 1 } } }).success).toBe(false);
  });

  it('rejects a non-UUID idempotency key', () => {
    expect(ResponseInput.safeParse({ ...answer, idempotencyKey: '123' }).success).toBe(false);
  });
});

describe('SurveyCreate', () => {
  it('fills throttle and appearance defaults', () => {
    const survey = SurveyCreate.parse({ name: 'S', texts: { en: { question: 'Q?' } } });
    expect(survey.throttle).toMatchObject({
      minDaysBetweenAsks: 90,
      minDaysAfterDismiss: 180,
      sampleRate: 1,
    });
    expect(survey.appearance.position).toBe('bottom-right');
  });

  it('requires texts for the default locale', () => {
    expect(
      SurveyCreate.safeParse({ name: 'S', defaultLocale: 'de', texts: { en: { question: 'Q?' } } }).success,
    ).toBe(false);
  });
});

describe('Origin', () => {
  it('keeps origins as browsers send them: host lower-cased, default port dropped, each once', () => {
    expect(
      OriginsReplace.parse({
        origins: ['https://Acme.example:443', 'https://acme.example', 'http://localhost:5173'],
      }),
    ).toEqual({ origins: ['https://acme.example', 'http://localhost:5173'] });
  });

  it('drops one trailing slash, as an address bar shows the origin', () => {
    expect(OriginsReplace.parse({ origins: ['https://acme.example/'] })).toEqual({
      origins: ['https://acme.example'],
    });
  });

  it('refuses paths, other schemes and ports no URL can have', () => {
    for (const origin of [
      'https://acme.example/app',
      'https://acme.example//',
      'acme.example',
      'ftp://acme.example',
      'https://a.example:70000',
    ])
      expect(OriginsReplace.safeParse({ origins: [origin] }).success, origin).toBe(false);
  });
});
