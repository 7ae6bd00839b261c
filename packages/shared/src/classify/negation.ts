import type { CompiledLexicon } from './lexicon.js';
import { BOUNDARY } from './tokenize.js';
import { CONDITIONAL, NEGATOR, NEGATOR_AFTER, SCOPE_BREAKER } from './word-classes.js';

/** Tokens after a cue in which a post-verbal negator counts ("ich kündige den Vertrag nicht"). */
const AFTER_WINDOW = 3;
/** How far before a negator a conditional claims it: "if it doesn't improve I'll cancel". */
const CONDITIONAL_REACH = 3;

/**
 * Whether the cue at tokens[start, end) is negated: a negator within the
 * lexicon's window before it (or, for German and French, just after it) with
 * no punctuation or scope-breaking conjunction in between. A negator that sits
 * in a condition ("si no lo arreglan, cancelo") negates the condition instead.
 * `classes` are the tokens' word classes (word-classes.ts).
 */
export function isNegated(
  tokens: readonly string[],
  classes: Uint8Array,
  start: number,
  end: number,
  lexicon: CompiledLexicon,
): boolean {
  return negatorOf(tokens, classes, start, end, lexicon) >= 0;
}

/** The token that negates the cue at tokens[start, end) by `isNegated`'s rules, or −1 when none does. */
export function negatorOf(
  tokens: readonly string[],
  classes: Uint8Array,
  start: number,
  end: number,
  lexicon: CompiledLexicon,
): number {
  const stop = Math.max(0, start - lexicon.negationWindow);
  for (let i = start - 1; i >= stop; i--) {
    const token = tokens[i];
    const classOf = classes[i] ?? 0;
    if (token === undefined || token === BOUNDARY || classOf & SCOPE_BREAKER) break;
    if (classOf & NEGATOR) return isInCondition(tokens, classes, i) ? -1 : i;
  }
  if (isAnsweredNo(tokens, classes, end)) return end + 1;
  if (lexicon.negatorsAfter.size === 0) return -1;
  const last = Math.min(tokens.length, end + AFTER_WINDOW);
  for (let i = end; i < last; i++) {
    const token = tokens[i];
    const classOf = classes[i] ?? 0;
    if (token === undefined || token === BOUNDARY || classOf & SCOPE_BREAKER) break;
    if (classOf & NEGATOR_AFTER) return i;
  }
  return -1;
}

function isInCondition(tokens: readonly string[], classes: Uint8Array, negator: number): boolean {
  const stop = Math.max(0, negator - CONDITIONAL_REACH);
  for (let i = negator - 1; i >= stop; i--) {
    const token = tokens[i];
    if (token === undefined || token === BOUNDARY) return false;
    if ((classes[i] ?? 0) & CONDITIONAL) return true;
  }
  return false;
}

/** "Cancel? No. But…", "Kündigen? Nö.": the cue is a question the customer answers with a lone negator. */
function isAnsweredNo(tokens: readonly string[], classes: Uint8Array, end: number): boolean {
  if (tokens[end] !== BOUNDARY || !((classes[end + 1] ?? 0) & NEGATOR)) return false;
  const next = tokens[end + 2];
  return next === undefined || next === BOUNDARY || ((classes[end + 2] ?? 0) & SCOPE_BREAKER) !== 0;
}
