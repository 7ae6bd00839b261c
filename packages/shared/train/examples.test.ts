import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertNotHoldout, loadTrainingComments } from './examples.js';

describe('training data', () => {
  it('refuses a file of the hold-out', () => {
    const holdout = fileURLToPath(new URL('../eval/data/holdout/en.json', import.meta.url));
    expect(() => assertNotHoldout(holdout)).toThrow(/hold-out/);
    expect(() => loadTrainingComments([holdout])).toThrow(/hold-out/);
    expect(() =>
      assertNotHoldout(fileURLToPath(new URL('../eval/data/tuning/en.json', import.meta.url))),
    ).not.toThrow();
  });

  it('reads the tuning split of every language and nothing of the hold-out', async () => {
    const { loadSplit } = await import('../eval/corpus.js');
    const training = new Set(loadTrainingComments().map(({ labelled }) => labelled.comment));
    const holdout = loadSplit('holdout', 'en').map((c) => c.comment);
    expect(training.size).toBeGreaterThan(2000);
    expect(holdout.filter((c) => training.has(c))).toEqual([]);
  });
});
