import type { ModelFile } from '../src/classify/model/linear-model.js';
import type { Trained } from './logistic.js';

/**
 * Quantizes a trained model into the committed file: each output's weights
 * become int8 steps of max|w|/127, features whose every step rounds to 0 are
 * dropped, and rows are sorted by hash so the file is the same for the same
 * training run.
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
  const hashes = new Int32Array(kept.map((k) => k.hash));
  const weights = new Int8Array(kept.flatMap((k) => k.steps));
  return {
    format: 1,
    outputs: [...outputs],
    thresholds: [...decision.thresholds],
    cueFloors: [...decision.cueFloors],
    bias: Array.from(model.bias, (b) => round(b)),
    scale: scale.map((s) => Number(s.toPrecision(6))),
    hashes: toBase64(new Uint8Array(hashes.buffer)),
    weights: toBase64(new Uint8Array(weights.buffer)),
  };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
