import type { Example, FeatureVector } from './examples.js';

/**
 * One logistic regression per output over binary hashed features, trained by
 * AdaGrad with L2 shrinkage on the features an example touches. Fully
 * deterministic: a fixed seed orders the examples of every epoch.
 */
export interface TrainOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 shrinkage per output: churn reads many more features (character n-grams) and needs more. */
  readonly l2: readonly number[];
  /** Positive examples count this many times in the loss (themes are rare). */
  readonly positiveWeight: readonly number[];
  readonly seed: number;
  /** Features seen in fewer training comments are dropped: they are mostly noise, and they would bloat the file. */
  readonly minCount: number;
  /**
   * The share of examples each epoch seen without the rules' lexicon cues. Trained with
   * every cue, the words learn next to nothing where a cue explains the label, so a
   * phrasing the lexicons miss stays unheard; without the cues now and then, the words
   * learn to tell leaving and each topic too.
   */
  readonly cueDropout: number;
}

export interface Trained {
  /** Feature hash → row in `weights`. */
  readonly rows: ReadonlyMap<number, number>;
  /** rows × outputs. */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
  readonly outputs: number;
}

export function train(examples: readonly Example[], outputs: number, options: TrainOptions): Trained {
  const seen = new Map<number, number>();
  for (const example of examples)
    for (const hash of example.features.hashes) seen.set(hash, (seen.get(hash) ?? 0) + 1);
  const rows = new Map<number, number>();
  for (const [hash, count] of seen) if (count >= options.minCount) rows.set(hash, rows.size);
  const weights = new Float64Array(rows.size * outputs);
  const squares = new Float64Array(rows.size * outputs);
  const bias = new Float64Array(outputs);
  const biasSquares = new Float64Array(outputs);
  const order = examples.map((_, i) => i);
  const random = mulberry32(options.seed);
  const indexes = examples.map((e) => known(e.features, rows));
  const withoutCues = examples.map((e) => known(e.features, rows, false));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const example = examples[i];
      const features = random() < options.cueDropout ? withoutCues[i] : indexes[i];
      if (!example || !features) continue;
      const { rows: active, values, feeds } = features;
      for (let o = 0; o < outputs; o++) {
        const bit = 1 << o;
        let logit = bias[o] ?? 0;
        for (let k = 0; k < active.length; k++) {
          if ((feeds[k] ?? 0) & bit)
            logit += (weights[(active[k] ?? 0) * outputs + o] ?? 0) * (values[k] ?? 0);
        }
        const label = example.labels[o] === true;
        const l2 = options.l2[o] ?? 0;
        const weight = label ? (options.positiveWeight[o] ?? 1) : 1;
        const gradient = (sigmoid(logit) - (label ? 1 : 0)) * weight;
        biasSquares[o] = (biasSquares[o] ?? 0) + gradient * gradient;
        bias[o] =
          (bias[o] ?? 0) - (options.learningRate * gradient) / Math.sqrt((biasSquares[o] ?? 0) + 1e-8);
        for (let k = 0; k < active.length; k++) {
          if (((feeds[k] ?? 0) & bit) === 0) continue;
          const at = (active[k] ?? 0) * outputs + o;
          const w = weights[at] ?? 0;
          const g = gradient * (values[k] ?? 0) + l2 * w;
          squares[at] = (squares[at] ?? 0) + g * g;
          weights[at] = w - (options.learningRate * g) / Math.sqrt((squares[at] ?? 0) + 1e-8);
        }
      }
    }
  }
  return { rows, weights, bias, outputs };
}

/** The rows of the features the model keeps (the rules' cues among them or not), with their values and the outputs they feed. */
function known(
  vector: FeatureVector,
  rows: ReadonlyMap<number, number>,
  withCues = true,
): { rows: Int32Array; values: Float64Array; feeds: Uint16Array } {
  const kept: number[] = [];
  const values: number[] = [];
  const feeds: number[] = [];
  vector.hashes.forEach((hash, k) => {
    const row = rows.get(hash);
    if (row === undefined || (!withCues && vector.cues[k] === 1)) return;
    kept.push(row);
    values.push(vector.values[k] ?? 0);
    feeds.push(vector.outputs[k] ?? 0);
  });
  return { rows: Int32Array.from(kept), values: Float64Array.from(values), feeds: Uint16Array.from(feeds) };
}

export function logitOf(model: Trained, features: FeatureVector, output: number): number {
  let logit = model.bias[output] ?? 0;
  features.hashes.forEach((hash, k) => {
    const row = model.rows.get(hash);
    if (row === undefined || ((features.outputs[k] ?? 0) & (1 << output)) === 0) return;
    logit += (model.weights[row * model.outputs + output] ?? 0) * (features.values[k] ?? 0);
  });
  return logit;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = a;
  }
}
