import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorrections, loadCorrectionsFile, loadSplit } from '../eval/corpus.js';
import type { LabelledComment } from '../src/classify/corpus.js';
import { featureExtractor, RULE_CUES } from '../src/classify/model/features.js';
import { normalizeText } from '../src/classify/normalize.js';
import { understand } from '../src/classify/understand.js';
import { LANGUAGES, type Language, THEMES } from '../src/classify/vocabulary.js';

/** Distinct feature hashes, the value of each and the outputs it feeds (bit o for output o). */
export interface FeatureVector {
  readonly hashes: Int32Array;
  readonly values: Float64Array;
  readonly outputs: Uint16Array;
  /** 1 where the feature is one of the rules' lexicon cues. */
  readonly cues: Uint8Array;
}

/** One training example as the model sees it: its features and its labels. */
export interface Example {
  readonly language: Language;
  readonly comment: string;
  readonly features: FeatureVector;
  /** Output 0 is churn, then one per theme in THEMES order. */
  readonly labels: readonly boolean[];
  /** What the lexicon rules alone say, per output. */
  readonly rules: readonly boolean[];
  /** Themes cued together in one clause (Reading.contested). */
  readonly contested: readonly (readonly number[])[];
  /** Themes cued alone in some complaint (Reading.cuedAlone). */
  readonly cuedAlone: number;
}

export const OUTPUTS = ['churn', ...THEMES] as const;

/**
 * The tuning split of every language plus the exported corrections (those in
 * eval/data/corrections/ and any file passed with --add). The hold-out is
 * never trained on: a file inside it is refused, and a correction whose
 * comment is in it is dropped, so it stays unseen however the corrections
 * were made.
 */
export function loadTrainingComments(
  extraFiles: readonly string[] = [],
): { language: Language; labelled: LabelledComment }[] {
  const holdout = new Set(
    LANGUAGES.flatMap((language) => loadSplit('holdout', language).map((c) => key(language, c.comment))),
  );
  const tuning = LANGUAGES.flatMap((language) =>
    loadSplit('tuning', language).map((labelled) => ({ language, labelled })),
  );
  const extra = extraFiles.flatMap((file) => {
    assertNotHoldout(resolve(file));
    return loadCorrectionsFile(file);
  });
  const corrections = [...loadCorrections(), ...extra].flatMap((labelled) => {
    const language = labelled.language;
    return language && !holdout.has(key(language, labelled.comment)) ? [{ language, labelled }] : [];
  });
  return [...tuning, ...corrections];
}

/** Refuses a path inside the hold-out folder, so no script can be pointed at it by mistake. */
export function assertNotHoldout(path: string): void {
  const holdoutDir = fileURLToPath(new URL('../eval/data/holdout/', import.meta.url));
  if (path.startsWith(holdoutDir)) throw new Error(`Refusing to train on the hold-out: ${path}`);
}

function key(language: Language, comment: string): string {
  return `${language} ${normalizeText(comment.trim(), language)}`;
}

/**
 * Every feature hash seen in training, by row: the extractor hands out rows,
 * and the model file keeps hashes.
 */
const hashOfRow: number[] = [];
const rowOfHash = new Map<number, number>();
const extractFeatures = featureExtractor((hash) => {
  let row = rowOfHash.get(hash);
  if (row === undefined) {
    row = hashOfRow.push(hash) - 1;
    rowOfHash.set(hash, row);
  }
  return row;
});

/** Reads a comment exactly as classifyFeedback does (locale withheld, as in the evaluation). */
export function toExample(language: Language, labelled: LabelledComment): Example {
  const features = new Map<number, { value: number; outputs: number }>();
  const { reading, lexicon } = understand(labelled.comment, undefined, labelled.score);
  const rules = OUTPUTS.map(() => false);
  if (reading) {
    rules[0] = reading.churnCue !== undefined;
    // As judge.ts does: the theme words of a churn phrase ("close my account") are no cue.
    for (const hit of reading.themeCues) if (hit.signal.kind === 'theme') rules[hit.signal.bit + 1] = true;
  }
  if (reading && lexicon) {
    extractFeatures(reading, labelled.score, (row, value, _start, _end, outputs) => {
      const known = features.get(row);
      features.set(row, {
        value: Math.max(known?.value ?? 0, value),
        outputs: (known?.outputs ?? 0) | outputs,
      });
    });
  }
  return {
    language,
    comment: labelled.comment,
    features: {
      hashes: Int32Array.from(features.keys(), (row) => hashOfRow[row] ?? 0),
      values: Float64Array.from(features.values(), (f) => f.value),
      outputs: Uint16Array.from(features.values(), (f) => f.outputs),
      cues: Uint8Array.from(features.keys(), (row) => (RULE_CUES.has(hashOfRow[row] ?? 0) ? 1 : 0)),
    },
    labels: [labelled.churn, ...THEMES.map((theme) => labelled.themes.includes(theme))],
    rules,
    contested: reading?.contested ?? [],
    cuedAlone: reading?.cuedAlone ?? 0,
  };
}
