import type { CompiledLexicon, Signal } from './lexicon.js';
import { isNegated } from './negation.js';
import type { Phrase } from './phrases.js';
import { BOUNDARY } from './tokenize.js';
import { THEMES, type Theme } from './vocabulary.js';

export interface Signals {
  readonly themes: Theme[];
  readonly churnRisk: boolean;
}

/** Shortest remainder worth matching after a fused negation prefix ("ne" + "atšauksiu"). */
const MIN_STEM_AFTER_PREFIX = 3;

/**
 * One pass over the tokens: every lexicon phrase that starts at a token is
 * matched, themes are collected as bits (so the output order is the order of
 * THEMES), and churn cues are weighed against negation.
 */
export function readSignals(tokens: readonly string[], lexicon: CompiledLexicon): Signals {
  let themeBits = 0;
  let churnRisk = false;
  let start = 0;
  let fusedNegation = false;
  const onPhrase = (phrase: Phrase<Signal>, end: number): void => {
    const signal = phrase.value;
    if (signal.kind === 'theme') {
      themeBits |= 1 << signal.bit;
      return;
    }
    if (churnRisk) return;
    const negated = fusedNegation || isNegated(tokens, start, end, lexicon);
    churnRisk = signal.kind === 'leave' ? !negated : negated;
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
  return { themes: THEMES.filter((_, bit) => (themeBits & (1 << bit)) !== 0), churnRisk };
}
