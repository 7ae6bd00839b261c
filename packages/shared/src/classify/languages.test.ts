import { describe, expect, it } from 'vitest';
import { classifyFeedback } from './index.js';
import type { Language, Theme } from './vocabulary.js';

interface Case {
  comment: string;
  churn: boolean;
  themes: Theme[];
}

/** Per language: one churn threat, one negated threat, one neutral praise, and phrasings a lexicon once misread. */
const CASES: Record<Language, Case[]> = {
  en: [
    { comment: 'Charged twice and nobody answers. Cancelling.', churn: true, themes: ['billing', 'support'] },
    { comment: "I won't cancel, but the app crashes daily", churn: false, themes: ['reliability'] },
    { comment: 'Works fine for us', churn: false, themes: [] },
    // A feature named only as where something breaks is no feature request.
    {
      comment: 'The export keeps timing out and support never answered, we will cancel',
      churn: true,
      themes: ['support', 'reliability'],
    },
  ],
  es: [
    { comment: 'Me cobraron dos veces, voy a darme de baja', churn: true, themes: ['billing'] },
    { comment: 'No pienso cancelar, pero la app es lentísima', churn: false, themes: ['performance'] },
    { comment: 'Todo bien, gracias', churn: false, themes: [] },
  ],
  de: [
    { comment: 'Wir kündigen den Vertrag, die Abrechnung war falsch', churn: true, themes: ['billing'] },
    {
      comment: 'Ich werde nicht kündigen, aber die App stürzt ständig ab',
      churn: false,
      themes: ['reliability'],
    },
    { comment: 'Ich kündige nicht, der Kundenservice ist super', churn: false, themes: ['support'] },
  ],
  fr: [
    { comment: 'Je vais résilier, le service client ne répond jamais', churn: true, themes: ['support'] },
    { comment: "Je n'annulerai pas mais c'est trop cher", churn: false, themes: ['price'] },
    { comment: 'Je ne renouvellerai pas mon abonnement', churn: true, themes: [] },
  ],
  pt: [
    { comment: 'Vou cancelar, o atendimento é péssimo', churn: true, themes: ['support'] },
    { comment: 'Não vou cancelar, mas a entrega atrasou', churn: false, themes: ['delivery'] },
    { comment: 'Não vou renovar o plano', churn: true, themes: [] },
  ],
  tl: [
    {
      comment: 'Magkakansela na ako, sobrang mahal at ang bagal ng app',
      churn: true,
      themes: ['price', 'performance'],
    },
    { comment: 'Hindi ako magcacancel pero sana may dark mode', churn: false, themes: ['features'] },
    { comment: 'Hindi ko na gagamitin ulit ito', churn: true, themes: [] },
  ],
  th: [
    { comment: 'ผมจะยกเลิกสมาชิกเพราะแอปค้างบ่อยมาก', churn: true, themes: ['reliability'] },
    { comment: 'จะไม่ยกเลิก แต่ราคาแพงไป', churn: false, themes: ['price'] },
    { comment: 'จะไม่ต่ออายุสมาชิกแล้ว', churn: true, themes: [] },
  ],
  lt: [
    { comment: 'Atšauksiu prenumeratą, kaina per didelė', churn: true, themes: ['price'] },
    { comment: 'Neatšauksiu prenumeratos, bet programa labai lėta', churn: false, themes: ['performance'] },
    { comment: 'Sutarties nebepratęsime', churn: true, themes: [] },
  ],
  ar: [
    { comment: 'سألغي اشتراكي، الدعم الفني لا يرد', churn: true, themes: ['support'] },
    { comment: 'لن أُلغي الاشتراك لكن التطبيق بطيء', churn: false, themes: ['performance'] },
    { comment: 'لن نجدد العقد', churn: true, themes: [] },
  ],
  ru: [
    { comment: 'Отменю подписку, поддержка не отвечает', churn: true, themes: ['support'] },
    { comment: 'Не буду отменять, но цены высокие', churn: false, themes: ['price'] },
    { comment: 'Не продлю подписку', churn: true, themes: [] },
  ],
};

describe('classifyFeedback per language', () => {
  for (const [language, cases] of Object.entries(CASES)) {
    for (const { comment, churn, themes } of cases) {
      it(`reads ${language} "${comment}" as churn=${churn}, themes=[${themes.join(', ')}]`, () => {
        const result = classifyFeedback({ score: 4, comment });
        expect(result.language).toBe(language);
        expect({ churn: result.churnRisk, themes: result.themes }).toEqual({ churn, themes });
      });
    }
  }
});

describe('language detection', () => {
  it('detects Lithuanian typed without diacritics from its stopwords', () => {
    expect(classifyFeedback({ score: 3, comment: 'labai brangu ir letai veikia' }).language).toBe('lt');
  });

  it('maps the Filipino locale to Tagalog', () => {
    expect(classifyFeedback({ score: 3, comment: 'ok', locale: 'fil-PH' }).language).toBe('tl');
  });

  it('says und for a script it has no lexicon for', () => {
    expect(classifyFeedback({ score: 3, comment: 'とても遅いです' }).language).toBe('und');
  });

  it('falls back to English for Latin text without any hint', () => {
    expect(classifyFeedback({ score: 3, comment: 'ok ok' }).language).toBe('en');
  });
});
