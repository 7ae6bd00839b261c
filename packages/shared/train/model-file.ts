import type { ModelFile } from '../src/classify/model/linear-model.js';
import type { Trained } from './logistic.js';

/**
 * Quantizes a trained model into the committed file: each output's weights
 * become int8 steps of max|w|/127, features whose every step rounds to 0 are
 * dropped, features weighing on churn alone keep one step instead of a row,
 * and rows are sorted by hash so the file is the same for the same training run.
 */
export function toModelFile(
  model: Trained,
  outputs: readonly string[],
  decision: { thresholds: readonly number[]; cueFloors: readonly number[] },
): ModelFile {
  const n = model.outputs;
  const scale = Array.from({ length: n }, (_, o) => {
    let max = 0;
    for (let row = 0; row < model.rows.size; row++)
      max = Math.max(max, Math.abs(model.weights[row * n + o] ?? 0));
    return max / 127 || 1;
  });
  const kept: { hash: number; steps: number[] }[] = [];
  for (const [hash, row] of model.rows) {
    const steps = scale.map((s, o) => Math.round((model.weights[row * n + o] ?? 0) / s));
    if (steps.some((q) => q !== 0)) kept.push({ hash, steps });
  }
  kept.sort((a, b) => a.hash - b.hash);
  const firstOnly = (k: { steps: number[] }) => k.steps.every((q, o) => o === 0 || q === 0);
  const full = kept.filter((k) => !firstOnly(k));
  const churnOnly = kept.filter(firstOnly);
  return {
    format: 2,
    outputs: [...outputs],
    thresholds: [...decision.thresholds],
    cueFloors: [...decision.cueFloors],
    bias: Array.from(model.bias, (b) => round(b)),
    scale: scale.map((s) => Number(s.toPrecision(6))),
    hashes: int32Base64(full.map((k) => k.hash)),
    weights: int8Base64(full.flatMap((k) => k.steps)),
    firstOnlyHashes: int32Base64(churnOnly.map((k) => k.hash)),
    firstOnlyWeights: int8Base64(churnOnly.map((k) => k.steps[0] ?? 0)),
  };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function int32Base64(values: readonly number[]): string {
  return Buffer.from(new Uint8Array(new Int32Array(values).buffer)).toString('base64');
}

function int8Base64(values: readonly number[]): string {
  return Buffer.from(new Uint8Array(new Int8Array(values).buffer)).toString('base64');
}
