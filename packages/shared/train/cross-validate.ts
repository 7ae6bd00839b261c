import { type DecisionSettings, decide, keepStrongestCue } from '../src/classify/model/decide.js';
import type { Example } from './examples.js';
import { logitOf, type Trained, type TrainOptions, train } from './logistic.js';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface FoldReport {
  perLanguage: Map<string, { churn: Tally; themes: Tally }>;
  misses: string[];
}

/**
 * K-fold cross-validation on the training examples: how the settings would do
 * on comments the model has not seen, without ever looking at the hold-out.
 */
export function crossValidate(
  examples: readonly Example[],
  outputs: readonly string[],
  options: TrainOptions,
  decision: DecisionSettings,
  folds: number,
): FoldReport {
  const report: FoldReport = { perLanguage: new Map(), misses: [] };
  for (let fold = 0; fold < folds; fold++) {
    const model = train(
      examples.filter((_, i) => i % folds !== fold),
      outputs.length,
      options,
    );
    score(
      model,
      examples.filter((_, i) => i % folds === fold),
      outputs,
      decision,
      report,
    );
  }
  return report;
}

/**
 * Trains without `unseen` and scores them: with the newest tuning comments as
 * `unseen`, how the model does on phrasings written after the lexicons were
 * tuned, which cross-validation (whose folds share the lexicons' phrasings)
 * cannot tell.
 */
export function trainWithout(
  seen: readonly Example[],
  unseen: readonly Example[],
  outputs: readonly string[],
  options: TrainOptions,
  decision: DecisionSettings,
): FoldReport {
  const report: FoldReport = { perLanguage: new Map(), misses: [] };
  score(train(seen, outputs.length, options), unseen, outputs, decision, report);
  return report;
}

function score(
  model: Trained,
  examples: readonly Example[],
  outputs: readonly string[],
  decision: DecisionSettings,
  into: FoldReport,
): void {
  for (const example of examples) {
    const logits = outputs.map((_, o) => logitOf(model, example.features, o));
    const cues = [...example.rules];
    keepStrongestCue(example.contested, logits, cues, example.cuedAlone);
    const got = decide(logits, cues, decision);
    const row = into.perLanguage.get(example.language) ?? { churn: tally(), themes: tally() };
    into.perLanguage.set(example.language, row);
    got.forEach((on, o) => {
      count(o === 0 ? row.churn : row.themes, example.labels[o] === true, on);
    });
    if (got.some((on, o) => on !== example.labels[o])) {
      const names = (flags: readonly boolean[]) => outputs.filter((_, o) => flags[o]).join(',') || '-';
      into.misses.push(`${example.language}  ${names(example.labels)} → ${names(got)}  ${example.comment}`);
    }
  }
}

function tally(): Tally {
  return { tp: 0, fp: 0, fn: 0 };
}

function count(t: Tally, expected: boolean, got: boolean): void {
  if (expected && got) t.tp++;
  else if (got) t.fp++;
  else if (expected) t.fn++;
}
