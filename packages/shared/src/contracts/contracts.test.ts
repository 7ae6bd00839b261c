import { describe, expect, it } from 'vitest';
import { ResponseInput, SurveyCreate } from './index.js';

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
