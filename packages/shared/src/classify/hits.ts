import { type CompiledLexicon, pairKey, type Signal } from './lexicon.js';
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
  /** Found in its token without a clitic "and" written onto it ("والدعم" → الدعم): the start of a new complaint. */
  readonly afterClitic?: true;
}

/** Shortest remainder worth matching after a fused negation prefix ("ne" + "atšauksiu"). */
const MIN_STEM_AFTER_PREFIX = 3;
/** Shortest remainder worth matching after a clitic ("و" + "مو"). */
const MIN_STEM_AFTER_CLITIC = 2;

const NO_CLASSES: Uint8Array = new Uint8Array(0);

/** What `onPhrase` records into, module-wide so that a pass allocates no closure (passes never overlap). */
const at = {
  tokens: [] as readonly string[],
  classes: NO_CLASSES,
  lexicon: undefined as CompiledLexicon | undefined,
  hits: [] as Hit[],
  start: 0,
  fusedNegation: false,
  afterClitic: false,
};

function onPhrase(phrase: Phrase<Signal>, end: number): void {
  const { tokens, lexicon, start, afterClitic } = at;
  if (!lexicon) return;
  const negated = at.fusedNegation || isNegated(tokens, at.classes, start, end, lexicon);
  const signal = phrase.value;
  at.hits.push(afterClitic ? { signal, start, end, negated, afterClitic } : { signal, start, end, negated });
}

/** Every lexicon phrase that starts at some token, in token order, one pass over the tokens. */
export function findHits(tokens: readonly string[], classes: Uint8Array, lexicon: CompiledLexicon): Hit[] {
  const hits: Hit[] = [];
  at.tokens = tokens;
  at.classes = classes;
  at.lexicon = lexicon;
  at.hits = hits;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token === BOUNDARY) continue;
    at.start = i;
    lexicon.phrases.matchAt(tokens, i, token, onPhrase);
    for (const prefix of lexicon.negationPrefixes) {
      if (token.length >= prefix.length + MIN_STEM_AFTER_PREFIX && token.startsWith(prefix)) {
        at.fusedNegation = true;
        lexicon.phrases.matchAt(tokens, i, token.slice(prefix.length), onPhrase);
        at.fusedNegation = false;
      }
    }
    for (const clitic of lexicon.clitics) {
      if (token.length >= clitic.length + MIN_STEM_AFTER_CLITIC && token.startsWith(clitic)) {
        at.afterClitic = true;
        lexicon.phrases.matchAt(tokens, i, token.slice(clitic.length), onPhrase);
        at.afterClitic = false;
      }
    }
  }
  at.tokens = [];
  at.classes = NO_CLASSES;
  at.lexicon = undefined;
  at.hits = [];
  if (lexicon.surfaceWords.size > 0) addSurfaceHits(tokens, classes, lexicon, hits);
  return hits;
}

/**
 * Looks for the lexicon's plain words in the tokens joined back together (Thai
 * has no spaces, so that is the text as written, punctuation aside), and adds
 * a hit over the tokens an occurrence touches where the token pass found none.
 */
function addSurfaceHits(
  tokens: readonly string[],
  classes: Uint8Array,
  lexicon: CompiledLexicon,
  hits: Hit[],
): void {
  let text = '';
  for (const token of tokens) text += token === BOUNDARY ? ' ' : token;
  const tokenAt: number[] = [];
  const startsToken: boolean[] = [];
  tokens.forEach((token, i) => {
    const length = token === BOUNDARY ? 1 : token.length;
    for (let k = 0; k < length; k++) {
      tokenAt.push(i);
      startsToken.push(k === 0);
    }
  });
  const seen = new Set(hits.map((h) => keyOf(h.start, h.signal)));
  const found = hits.length;
  for (let at = 0; at + 1 < text.length; at++) {
    const words = lexicon.surfaceWords.get(pairKey(text, at));
    if (!words) continue;
    for (const { text: word, signal } of words) {
      if (!text.startsWith(word, at)) continue;
      const start = tokenAt[at] ?? 0;
      // "ยาก" (hard) inside the segmenter's "อยาก" (want) is part of another word.
      if (!startsToken[at] && tokenAt[at + word.length - 1] === start) continue;
      const key = keyOf(start, signal);
      if (seen.has(key)) continue;
      seen.add(key);
      const end = (tokenAt[at + word.length - 1] ?? start) + 1;
      hits.push({ signal, start, end, negated: isNegated(tokens, classes, start, end, lexicon) });
    }
  }
  if (hits.length > found) hits.sort((a, b) => a.start - b.start);
}

/** One number per token and signal: kinds below 8, theme bits above. */
function keyOf(start: number, signal: Signal): number {
  const code = signal.kind === 'theme' ? 8 + signal.bit : SIGNAL_CODES.indexOf(signal.kind);
  return start * 32 + code;
}

const SIGNAL_CODES = ['leave', 'stay', 'fine', 'solved', 'delay', 'damage', 'wish', 'arrival'] as const;
