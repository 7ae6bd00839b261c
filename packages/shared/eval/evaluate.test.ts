import { describe, expect, it } from 'vitest';
import { evaluateSplit } from './evaluate.js';

describe('classifier evaluation on the tuning comments', () => {
  const report = evaluateSplit('tuning');

  it('has at least 20 tuning comments per language', () => {
    for (const row of report.languages) expect(row.comments, row.language).toBeGreaterThanOrEqual(20);
  });

  it('reaches a total churn-risk F1 of at least 0.85', () => {
    expect(report.total.churn.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('reaches a total theme F1 (micro-averaged) of at least 0.85', () => {
    expect(report.total.themes.f1).toBeGreaterThanOrEqual(0.85);
  });
});
