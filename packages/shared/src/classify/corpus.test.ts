import { describe, expect, it } from 'vitest';
import { toLabelledComments } from './corpus.js';

describe('toLabelledComments', () => {
  it('turns corrections into corpus entries with their language and themes in THEMES order', () => {
    const entries = toLabelledComments([
      {
        score: 3,
        comment: ' slow and pricey ',
        language: 'en',
        churnRisk: false,
        themes: ['performance', 'price'],
      },
    ]);
    expect(entries).toEqual([
      {
        score: 3,
        comment: 'slow and pricey',
        churn: false,
        themes: ['price', 'performance'],
        language: 'en',
      },
    ]);
  });

  it('keeps the last correction of a comment corrected twice', () => {
    const first = { score: 2, comment: 'we are off', language: 'en', churnRisk: false, themes: [] };
    const entries = toLabelledComments([first, { ...first, churnRisk: true }]);
    expect(entries).toEqual([{ score: 2, comment: 'we are off', churn: true, themes: [], language: 'en' }]);
  });

  it('drops blank comments and languages it has no lexicon for, and sorts by language then comment', () => {
    const entries = toLabelledComments([
      { score: 5, comment: 'zzz', language: 'pt', churnRisk: false, themes: [] },
      { score: 5, comment: '   ', language: 'en', churnRisk: false, themes: [] },
      { score: 5, comment: 'とても遅い', language: 'und', churnRisk: false, themes: ['performance'] },
      { score: 5, comment: 'aaa', language: 'pt', churnRisk: false, themes: [] },
      { score: 5, comment: 'bbb', language: 'de', churnRisk: false, themes: [] },
    ]);
    expect(entries.map((e) => `${e.language} ${e.comment}`)).toEqual(['de bbb', 'pt aaa', 'pt zzz']);
  });
});
