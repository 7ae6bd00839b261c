/**
 * FNV-1a, 32 bits, over UTF-16 code units. Features are hashed rather than
 * kept in a vocabulary so that the model file holds only numbers, and the
 * same text hashes the same in the training script and at run time.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

export function hashString(seed: number, text: string): number {
  return hashRange(seed, text, 0, text.length);
}

function hashRange(seed: number, text: string, from: number, to: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = mixChar(h, text.charCodeAt(i));
  return h | 0;
}

/** One FNV-1a step: the hash so far with one more code unit. */
export function mixChar(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** A seed per kind of feature, so that the word "price" and the character trigram "pri" never share a hash. */
export function seedFor(kind: string): number {
  return hashString(FNV_OFFSET, kind);
}
