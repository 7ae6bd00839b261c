import type { CompiledLexicon } from './lexicon.js';

/**
 * What a token is to the negation and clause rules, a bit each: looked up once
 * per token (each lexicon remembers its words' classes), so the rules that
 * look around a token read bits instead of asking several word sets again.
 */
export const NEGATOR = 1;
export const NEGATOR_AFTER = 2;
export const SCOPE_BREAKER = 4;
export const CONDITIONAL = 8;

/** The class of each token. */
export function wordClasses(tokens: readonly string[], lexicon: CompiledLexicon): Uint8Array {
  const classes = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) classes[i] = lexicon.classOf(tokens[i] ?? '');
  return classes;
}

/** A word's classes in one lexicon. */
export function classOfWord(word: string, lexicon: Omit<CompiledLexicon, 'classOf'>): number {
  return (
    (lexicon.negators.has(word) ? NEGATOR : 0) |
    (lexicon.negatorsAfter.has(word) ? NEGATOR_AFTER : 0) |
    (lexicon.scopeBreakers.has(word) ? SCOPE_BREAKER : 0) |
    (lexicon.conditionals.has(word) ? CONDITIONAL : 0)
  );
}
