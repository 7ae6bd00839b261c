import type { CompiledLexicon, Signal } from './lexicon.js';
import { isNegated } from './negation.js';
import type { Phrase } from './phrases.js';
import { BOUNDARY } from './tokenize.js';

/** One lexicon phrase found in a comment: tokens[start, end). */
export interface Hit {
  readonly signal: Signal;
  readonly start: number;
  readonly end: number;
  /** A negator governs it ("not cancel"), or Lithuanian fused it onto the word ("neatšauksiu"). */
  readonly negated: boolean;
}

/** Shortest remainder worth matching after a fused negation prefix ("ne" + "atšauksiu"). */
const MIN_STEM_AFTER_PREFIX = 3;

/** Every lexicon phrase that starts at some token, in token order, one pass over the tokens. */
export function findHits(tokens: readonly string[], lexicon: CompiledLexicon): Hit[] {
  const hits: Hit[] = [];
  let start = 0;
  let fusedNegation = false;
  const onPhrase = (phrase: Phrase<Signal>, end: number): void => {
    const negated = fusedNegation || isNegated(tokens, start, end, lexicon);
    hits.push({ signal: phrase.value, start, end, negated });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token === BOUNDARY) continue;
    start = i;
    fusedNegation = false;
    lexicon.phrases.matchAt(tokens, i, token, onPhrase);
    for (const prefix of lexicon.negationPrefixes) {
      if (token.length >= prefix.length + MIN_STEM_AFTER_PREFIX && token.startsWith(prefix)) {
        fusedNegation = true;
        lexicon.phrases.matchAt(tokens, i, token.slice(prefix.length), onPhrase);
        fusedNegation = false;
      }
    }
  }
  return hits;
}
