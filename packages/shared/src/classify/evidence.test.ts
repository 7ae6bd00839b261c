import { describe, expect, it } from 'vitest';
import { loadSplit } from '../../eval/corpus.js';
import { Classification } from '../contracts/classification.js';
import { classifyFeedback } from './index.js';
import { LANGUAGES } from './vocabulary.js';

describe('classification evidence', () => {
  it('quotes the words behind a churn flag as the customer wrote them', () => {
    const result = classifyFeedback({ score: 2, comment: "We won't renew, the price doubled." });
    expect(result.churnRisk).toBe(true);
    expect(result.evidence?.churn?.join(' ')).toMatch(/renew/);
    for (const phrase of result.evidence?.churn ?? [])
      expect("We won't renew, the price doubled.").toContain(phrase);
  });

  it("quotes a rule's phrase whole once one of its words weighs: 'Vou cancelar', not 'Vou'", () => {
    const result = classifyFeedback({ score: 2, comment: 'Vou cancelar a assinatura', locale: 'pt-BR' });
    expect(result.churnRisk).toBe(true);
    expect(result.evidence?.churn).toEqual(['Vou cancelar']);
  });

  it("quotes a rule's phrase without the model's words apart from it, with those that join it", () => {
    const churn = (comment: string) => classifyFeedback({ score: 2, comment }).evidence?.churn;
    expect(churn('Me cobraron dos veces este mes, voy a darme de baja')).toEqual(['darme de baja']);
    expect(churn('Отменю подписку, поддержка не отвечает')).toEqual(['Отменю подписку']);
  });

  it('quotes a negated word with its negator, so the quote does not say the opposite', () => {
    const support = (comment: string) => classifyFeedback({ score: 2, comment }).evidence?.themes?.support;
    expect(support('الدعم لا يرد أبدا')?.join(' ')).toContain('لا يرد');
  });

  it('quotes a refused renewal with its negator, and words an apostrophe cuts whole', () => {
    const quoted = (comment: string) => classifyFeedback({ score: 2, comment }).evidence?.churn;
    expect(quoted("We won't renew, the price doubled.")).toEqual(["won't renew"]);
    expect(quoted('Support took a week to answer, so we will not renew')).toEqual(['not renew']);
    expect(quoted('Den Vertrag verlängern wir nicht, zu teuer')).toEqual(['verlängern wir nicht']);
  });

  it('quotes the words behind each theme it names, and only those themes', () => {
    const result = classifyFeedback({
      score: 3,
      comment: 'Die App stürzt ständig ab und der Support antwortet nie',
    });
    expect(result.themes).toEqual(['support', 'reliability']);
    expect(Object.keys(result.evidence?.themes ?? {}).sort()).toEqual(['reliability', 'support']);
    expect(result.evidence?.themes?.support?.join(' ')).toMatch(/Support/);
    expect(result.evidence?.themes?.reliability?.join(' ')).toMatch(/stürzt/);
  });

  it('keeps accents and case, and Thai without spaces', () => {
    expect(classifyFeedback({ score: 2, comment: 'Es CARÍSIMO' }).evidence?.themes?.price).toEqual([
      'CARÍSIMO',
    ]);
    const comment = 'แอปค้างบ่อยมาก';
    const quoted = classifyFeedback({ score: 2, comment }).evidence?.themes?.reliability ?? [];
    expect(quoted.join(' ')).toContain('ค้าง');
    for (const words of quoted) expect(comment).toContain(words);
  });

  it('quotes the text as written when folding moves characters', () => {
    for (const comment of ['Es CARI\u0301SIMO', 'Viel zu teuer, Straße hin oder her', 'السعر مُرتفع جدا']) {
      const quoted = classifyFeedback({ score: 2, comment }).evidence?.themes?.price ?? [];
      expect(quoted.length).toBeGreaterThan(0);
      for (const words of quoted) expect(comment).toContain(words);
    }
  });

  it('quotes no word of one or two letters alone ("e", "за", "ما") beside telling ones', () => {
    const lone: string[] = [];
    for (const language of LANGUAGES) {
      for (const { score, comment } of loadSplit('tuning', language).slice(0, 300)) {
        const evidence = classifyFeedback({ score, comment }).evidence;
        for (const quotes of [evidence?.churn ?? [], ...Object.values(evidence?.themes ?? {})]) {
          if (quotes.length < 2) continue;
          for (const quote of quotes)
            if (!/\s/u.test(quote) && quote.length <= 2) lone.push(`${quote} in ${comment}`);
        }
      }
    }
    expect(lone).toEqual([]);
  });

  it('has no evidence when nothing was flagged', () => {
    const result = classifyFeedback({ score: 10, comment: 'Thanks!' });
    expect(result).toMatchObject({ churnRisk: false, themes: [] });
    expect(result.evidence).toBeUndefined();
  });

  it('satisfies the Classification contract, which still accepts answers stored before evidence existed', () => {
    const result = classifyFeedback({ score: 1, comment: 'Charged twice, cancelling today.' });
    expect(result.evidence?.churn?.length).toBeGreaterThan(0);
    expect(Classification.parse(result)).toEqual(result);
    const { evidence: _added, ...stored } = result;
    expect(Classification.parse(stored)).toEqual(stored);
    expect(Classification.safeParse({ ...result, evidence: { themes: { weather: ['rain'] } } }).success).toBe(
      false,
    );
  });
});
