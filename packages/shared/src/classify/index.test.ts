import { describe, expect, it } from 'vitest';
import { Classification } from '../contracts/classification.js';
import { classifyFeedback } from './index.js';

describe('classifyFeedback', () => {
  it('takes the category from the score', () => {
    expect(classifyFeedback({ score: 0 }).category).toBe('detractor');
    expect(classifyFeedback({ score: 7 }).category).toBe('passive');
    expect(classifyFeedback({ score: 10 }).category).toBe('promoter');
  });

  it('throws a RangeError for a score outside 0–10 or not an integer', () => {
    expect(() => classifyFeedback({ score: 11, comment: 'great' })).toThrow(RangeError);
    expect(() => classifyFeedback({ score: -1 })).toThrow(RangeError);
    expect(() => classifyFeedback({ score: 6.5 })).toThrow(RangeError);
  });

  it('returns no themes and no churn for an empty or missing comment', () => {
    for (const comment of ['', '   ', undefined, null]) {
      const result = classifyFeedback({ score: 2, comment });
      expect(result).toMatchObject({ themes: [], churnRisk: false, language: 'und', priority: 'high' });
    }
  });

  it('takes the language of an empty comment from a supported locale', () => {
    expect(classifyFeedback({ score: 8, comment: '', locale: 'pt-BR' }).language).toBe('pt');
    expect(classifyFeedback({ score: 8, comment: '', locale: 'ja' }).language).toBe('und');
  });

  it('produces results that satisfy the Classification contract', () => {
    const result = classifyFeedback({ score: 1, comment: 'Charged twice, cancelling today.' });
    expect(Classification.parse(result)).toEqual(result);
  });

  it('lists themes once each, in the fixed THEMES order', () => {
    const { themes } = classifyFeedback({
      score: 3,
      comment: 'Slow app, confusing menus, support ignored me and the price went up. The invoice was wrong.',
    });
    expect(themes).toEqual(['price', 'billing', 'support', 'performance', 'usability']);
  });

  it('flags churn when a customer says they will cancel or switch', () => {
    expect(classifyFeedback({ score: 2, comment: 'Cancelling my subscription today.' }).churnRisk).toBe(true);
    expect(
      classifyFeedback({ score: 4, comment: "We're switching to a competitor next month" }).churnRisk,
    ).toBe(true);
    expect(classifyFeedback({ score: 5, comment: 'Please close my account.' }).churnRisk).toBe(true);
  });

  it('does not flag churn when leaving is negated', () => {
    expect(classifyFeedback({ score: 3, comment: 'I will NOT cancel, the team is great' }).churnRisk).toBe(
      false,
    );
    expect(classifyFeedback({ score: 6, comment: "I'm not going to switch to another tool" }).churnRisk).toBe(
      false,
    );
    expect(classifyFeedback({ score: 6, comment: 'no pienso cancelar', locale: 'es' }).churnRisk).toBe(false);
  });

  it('does not flag churn when the customer asks themselves about leaving and answers no', () => {
    for (const comment of [
      'cancel? no. but the onboarding was painful',
      'Kündigen? Nö. Aber begeistert bin ich auch nicht',
      '¿darme de baja? no. pero la puesta en marcha fue un calvario',
    ]) {
      expect(classifyFeedback({ score: 6, comment }).churnRisk, comment).toBe(false);
    }
    expect(classifyFeedback({ score: 2, comment: "I'm cancelling. No more of this" }).churnRisk).toBe(true);
  });

  it('flags churn when staying is negated', () => {
    expect(classifyFeedback({ score: 4, comment: "We won't be renewing." }).churnRisk).toBe(true);
    expect(classifyFeedback({ score: 3, comment: 'no vamos a renovar el contrato' }).churnRisk).toBe(true);
  });

  it('does not let a negated condition cancel the threat that follows it', () => {
    expect(classifyFeedback({ score: 2, comment: "If it doesn't improve I'll cancel" }).churnRisk).toBe(true);
    expect(classifyFeedback({ score: 2, comment: 'si no lo arreglan cancelo la cuenta' }).churnRisk).toBe(
      true,
    );
  });

  it('marks churn risk as urgent even from a promoter', () => {
    const result = classifyFeedback({ score: 9, comment: 'Love it, but we must cancel: budget cuts.' });
    expect(result).toMatchObject({ churnRisk: true, priority: 'urgent' });
  });

  it('prefers the locale over detection when it matches the script', () => {
    expect(classifyFeedback({ score: 5, comment: 'app', locale: 'es-MX' }).language).toBe('es');
  });

  it('follows the script when the locale names a language written in another one', () => {
    expect(classifyFeedback({ score: 5, comment: 'Очень медленно', locale: 'en' }).language).toBe('ru');
  });

  it('tells Portuguese, Spanish and French apart by their own function words in short comments', () => {
    const languageOf = (comment: string) => classifyFeedback({ score: 5, comment }).language;
    expect(languageOf('todo dia quebra alguma coisa')).toBe('pt');
    expect(languageOf('me derrubou 4 vezes hoje, tive que entrar de novo toda vez')).toBe('pt');
    expect(languageOf('le support a mis cinq jours à me répondre')).toBe('fr');
    expect(languageOf('No renovamos. No llamen.')).toBe('es');
    expect(languageOf('support took a week to reply to a simple question')).toBe('en');
  });

  it('is case- and accent-insensitive', () => {
    const accented = classifyFeedback({ score: 2, comment: 'Es CARÍSIMO y la atención es pésima' });
    const plain = classifyFeedback({ score: 2, comment: 'es carisimo y la atencion es pesima' });
    expect(accented.themes).toEqual(['price', 'support']);
    const { evidence: _quoted, ...decisions } = accented;
    expect(plain).toMatchObject(decisions);
  });
});
