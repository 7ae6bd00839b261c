import { decide, keepStrongestCue } from './model/decide.js';
import { type FeatureSink, featureExtractor } from './model/features.js';
import { MODEL } from './model/trained.js';
import type { Reading } from './reading.js';
import { THEMES, type Theme } from './vocabulary.js';

/**
 * The model's features found in the last comment judged, kept for explaining
 * the decisions without extracting them again. Valid until the next `judge`.
 */
export interface Matched {
  readonly count: number;
  readonly rows: Int32Array;
  readonly values: Float64Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The outputs each feature was added to (bit o for output o). */
  readonly outputs: Uint16Array;
}

export interface Judgement {
  readonly churnRisk: boolean;
  readonly themes: Theme[];
  readonly matched: Matched;
}

const logits = new Float64Array(MODEL.outputs);
const cues: boolean[] = Array.from({ length: MODEL.outputs }, () => false);
const { weights, firstOnly, fullRows } = MODEL;
/**
 * A feature counts once per output and comment, as in training, however often
 * it occurs (a word said twice): `added` holds the outputs a row was added to,
 * valid where `stampOf` has the comment's stamp.
 */
const stampOf = new Uint32Array(MODEL.size);
const added = new Uint16Array(MODEL.size);
let stamp = 0;
let matched = emptyMatched(256);
let count = 0;
const extractFeatures = featureExtractor((hash) => MODEL.rowOf(hash));

/** Adds a feature's weights to the logits of the outputs it has not yet been added to. */
const addFeature: FeatureSink = (row, value, start, end, outputs) => {
  if (stampOf[row] !== stamp) {
    stampOf[row] = stamp;
    added[row] = 0;
  }
  const fresh = outputs & ~(added[row] ?? 0);
  if (fresh === 0) return;
  added[row] = (added[row] ?? 0) | fresh;
  if (row >= fullRows) {
    // Weighs on churn alone (the other outputs' weights are zero).
    if (fresh & 1) logits[0] = (logits[0] ?? 0) + (firstOnly[row - fullRows] ?? 0) * value;
  } else {
    const at = row * MODEL.outputs;
    for (let o = 0; o < MODEL.outputs; o++) {
      if (fresh & (1 << o)) logits[o] = (logits[o] ?? 0) + (weights[at + o] ?? 0) * value;
    }
  }
  if (count === matched.rows.length) matched = grown(matched);
  matched.rows[count] = row;
  matched.values[count] = value;
  matched.starts[count] = start;
  matched.ends[count] = end;
  matched.outputs[count] = fresh;
  count++;
};

/**
 * The model weighs the rules' reading (features.ts says which features feed
 * which output); `decide` then applies the thresholds and the lexicon's churn cue.
 */
export function judge(reading: Reading, score: number): Judgement {
  logits.set(MODEL.bias);
  if (stamp === 0xffffffff) {
    stampOf.fill(0);
    stamp = 0;
  }
  stamp++;
  count = 0;
  extractFeatures(reading, score, addFeature);
  cues.fill(false);
  cues[0] = reading.churnCue !== undefined;
  for (const hit of reading.themeCues) if (hit.signal.kind === 'theme') cues[hit.signal.bit + 1] = true;
  keepStrongestCue(reading.contested, logits, cues, reading.cuedAlone);
  const on = decide(logits, cues, MODEL);
  return {
    churnRisk: on[0] === true,
    themes: THEMES.filter((_, t) => on[t + 1] === true),
    matched: { ...matched, count },
  };
}

function emptyMatched(capacity: number): Matched {
  return {
    count: 0,
    rows: new Int32Array(capacity),
    values: new Float64Array(capacity),
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    outputs: new Uint16Array(capacity),
  };
}

function grown(from: Matched): Matched {
  const to = emptyMatched(from.rows.length * 2);
  to.rows.set(from.rows);
  to.values.set(from.values);
  to.starts.set(from.starts);
  to.ends.set(from.ends);
  to.outputs.set(from.outputs);
  return to;
}
