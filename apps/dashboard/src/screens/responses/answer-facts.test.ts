import type { Classification } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import { evidenceRows, traitRows } from './answer-facts.js';

const classification: Classification = {
  category: 'detractor',
  priority: 'urgent',
  churnRisk: true,
  themes: ['price', 'billing'],
  language: 'en',
  evidence: {
    churn: ['cancel'],
    themes: { billing: ['charged twice'], price: ['expensive'], support: ['slow'] },
  },
};

describe('an answer’s facts', () => {
  it('explains churn first, then each theme the classifier named, in the usual order', () => {
    expect(evidenceRows(classification)).toEqual([
      { flag: 'churn', words: ['cancel'] },
      { flag: 'price', words: ['expensive'] },
      { flag: 'billing', words: ['charged twice'] },
    ]);
  });

  it('has nothing to explain without a classification or its evidence', () => {
    expect(evidenceRows(null)).toEqual([]);
    const { evidence: _, ...without } = classification;
    expect(evidenceRows(without)).toEqual([]);
  });

  it('lists traits by key, every value as text', () => {
    expect(
      traitRows({ respondent: { id: 'u1', traits: { seats: 12, plan: 'pro', trial: false, x: null } } }),
    ).toEqual([
      { key: 'plan', value: 'pro' },
      { key: 'seats', value: '12' },
      { key: 'trial', value: 'false' },
      { key: 'x', value: '' },
    ]);
    expect(traitRows({ respondent: {} })).toEqual([]);
  });
});
