const BASE_MS = 1000;
const CAP_MS = 60_000;

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random,
 * so retries from many visitors spread out but never collapse to zero.
 */
export function backoffDelay(attempt: number, random: () => number): number {
  const step = Math.min(CAP_MS, BASE_MS * 2 ** attempt);
  return step / 2 + random() * (step / 2);
}
