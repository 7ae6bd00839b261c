import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/classify/vocabulary.js';
import { loadSplit } from './corpus.js';
import { evaluateSplit } from './evaluate.js';

describe('classifier corpus', () => {
  it('has at least 200 tuning and 60 hold-out comments per language', () => {
    for (const language of LANGUAGES) {
      expect(loadSplit('tuning', language).length, language).toBeGreaterThanOrEqual(200);
      expect(loadSplit('holdout', language).length, language).toBeGreaterThanOrEqual(60);
    }
  });

  it('keeps every hold-out comment out of the tuning split', () => {
    for (const language of LANGUAGES) {
      const tuning = new Set(loadSplit('tuning', language).map((c) => c.comment.trim().toLowerCase()));
      const shared = loadSplit('holdout', language).filter((c) => tuning.has(c.comment.trim().toLowerCase()));
      expect(
        shared.map((c) => c.comment),
        language,
      ).toEqual([]);
    }
  });
});

/**
 * Floors a little under what the committed model reaches on the hold-out, so
 * that a change that makes it worse fails here. The goals of issue #13 (0.9
 * overall, 0.85 per language, for churn precision and recall and theme F1)
 * are in packages/shared/README.md with the figures reached.
 */
describe('classifier on the hold-out comments', () => {
  const report = evaluateSplit('holdout');

  it('finds at least 90% of the churners, and at least 90% of its churn flags are right', () => {
    expect(report.total.churn.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.total.churn.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps churn precision and recall at 0.85 or more in every language', () => {
    for (const row of report.languages) {
      expect(row.churn.recall, row.language).toBeGreaterThanOrEqual(0.85);
      expect(row.churn.precision, row.language).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('reaches a theme F1 (micro-averaged) of at least 0.87 overall and 0.85 in every language', () => {
    expect(report.total.themes.f1).toBeGreaterThanOrEqual(0.89);
    for (const row of report.languages) expect(row.themes.f1, row.language).toBeGreaterThanOrEqual(0.85);
  });
});
