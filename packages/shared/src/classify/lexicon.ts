import { LEXICONS } from './lexicons/index.js';
import type { LexiconDef } from './lexicons/types.js';
import { normalizeText } from './normalize.js';
import { PhraseIndex } from './phrases.js';
import { rememberPerWord } from './remember-per-word.js';
import { BOUNDARY, tokenize } from './tokenize.js';
import { type Language, THEMES } from './vocabulary.js';
import { classOfWord } from './word-classes.js';

/** What a lexicon phrase tells us when it appears in a comment. */
export type Signal =
  | { readonly kind: 'theme'; readonly bit: number }
  | { readonly kind: 'leave' }
  | { readonly kind: 'stay' }
  | { readonly kind: 'fine' }
  | { readonly kind: 'solved' }
  | { readonly kind: 'delay' }
  | { readonly kind: 'damage' }
  | { readonly kind: 'wish' }
  | { readonly kind: 'arrival' };

/** A lexicon compiled once at module load into the structures the hot path reads. */
export interface CompiledLexicon {
  readonly language: Language;
  readonly phrases: PhraseIndex<Signal>;
  /** The language's own phrases without borrowed ones, for telling languages apart. */
  readonly ownPhrases: PhraseIndex<Signal>;
  readonly negators: ReadonlySet<string>;
  readonly negatorsAfter: ReadonlySet<string>;
  readonly negationPrefixes: readonly string[];
  readonly clitics: readonly string[];
  readonly conditionals: ReadonlySet<string>;
  readonly modals: ReadonlySet<string>;
  readonly circumstances: ReadonlySet<string>;
  readonly scopeBreakers: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
  readonly negationWindow: number;
  /** A token's word classes (word-classes.ts), remembered per word. */
  readonly classOf: (token: string) => number;
  /**
   * Thai only: plain lexicon words looked for in the run of the comment's
   * letters as well as among its tokens, because ICU's segmenter splits slang
   * and loanwords wrongly in context ("แลคมาก" → แล คมา).
   */
  readonly surfaceWords: ReadonlyMap<number, readonly SurfaceWord[]>;
}

/** A Thai lexicon word to look for in the text, indexed by its first two characters ({@link pairKey}). */
export interface SurfaceWord {
  readonly text: string;
  readonly signal: Signal;
}

const LEAVE: Signal = { kind: 'leave' };
const STAY: Signal = { kind: 'stay' };
const FINE: Signal = { kind: 'fine' };
const SOLVED: Signal = { kind: 'solved' };
const DELAY: Signal = { kind: 'delay' };
const DAMAGE: Signal = { kind: 'damage' };
const WISH: Signal = { kind: 'wish' };
const ARRIVAL: Signal = { kind: 'arrival' };
const THEME_SIGNALS: readonly Signal[] = THEMES.map((_, bit) => ({ kind: 'theme', bit }));

export function compileLexicon(def: LexiconDef): CompiledLexicon {
  const language = def.language;
  const split = (word: string) =>
    tokenize(normalizeText(word, language), language).filter((t) => t !== BOUNDARY);
  const words = (list: readonly string[] | undefined) =>
    new Set((list ?? []).map((w) => singleToken(w, split)));
  const defs = def.borrows ? [def, def.borrows] : [def];
  const ownPhrases = new PhraseIndex(signalEntries(def), split);
  const compiled: Omit<CompiledLexicon, 'classOf'> = {
    language,
    phrases: def.borrows ? new PhraseIndex(defs.flatMap(signalEntries), split) : ownPhrases,
    ownPhrases,
    negators: new Set(defs.flatMap((d) => [...words(d.negators)])),
    negatorsAfter: words(def.negatorsAfter),
    negationPrefixes: (def.negationPrefixes ?? []).map((w) => singleToken(w, split)),
    clitics: (def.clitics ?? []).map((w) => singleToken(w, split)),
    conditionals: new Set(defs.flatMap((d) => [...words(d.conditionals)])),
    modals: new Set(defs.flatMap((d) => [...words(d.modals)])),
    circumstances: new Set(defs.flatMap((d) => [...words(d.circumstances)])),
    scopeBreakers: new Set(defs.flatMap((d) => [...words(d.scopeBreakers)])),
    after: new Set(defs.flatMap((d) => [...words(d.after)])),
    negationWindow: def.negationWindow ?? 4,
    surfaceWords: language === 'th' ? plainWords(signalEntries(def)) : new Map(),
  };
  return { ...compiled, classOf: rememberPerWord((token) => classOfWord(token, compiled)) };
}

/** Negators and conjunctions are looked up one token at a time, so each must be one token. */
function singleToken(word: string, split: (word: string) => string[]): string {
  const [token, ...more] = split(word);
  if (token === undefined || more.length > 0) throw new Error(`Lexicon word "${word}" must be one token`);
  return token;
}

/** Shorter words ("ดี") occur inside too many others ("ดีไซน์") to be looked for as text. */
const MIN_SURFACE_WORD = 3;

/** Two UTF-16 units as one number, so the text is searched without slicing it. */
export function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

function plainWords(entries: readonly (readonly [string, Signal])[]): Map<number, SurfaceWord[]> {
  const byStart = new Map<number, SurfaceWord[]>();
  for (const [source, signal] of entries) {
    if (/[*_|\s]/.test(source) || source.length < MIN_SURFACE_WORD) continue;
    const text = normalizeText(source, 'th');
    const start = pairKey(text, 0);
    byStart.set(start, [...(byStart.get(start) ?? []), { text, signal }]);
  }
  return byStart;
}

function signalEntries(def: LexiconDef): (readonly [string, Signal])[] {
  const entries: (readonly [string, Signal])[] = [];
  for (const phrase of def.leave) entries.push([phrase, LEAVE]);
  for (const phrase of def.stay) entries.push([phrase, STAY]);
  for (const phrase of def.fine) entries.push([phrase, FINE]);
  for (const phrase of def.solved) entries.push([phrase, SOLVED]);
  for (const phrase of def.delays) entries.push([phrase, DELAY]);
  for (const phrase of def.damage) entries.push([phrase, DAMAGE]);
  for (const phrase of def.wishes) entries.push([phrase, WISH]);
  for (const phrase of def.arrivals ?? []) entries.push([phrase, ARRIVAL]);
  THEMES.forEach((theme, bit) => {
    const signal = THEME_SIGNALS[bit];
    if (signal) for (const phrase of def.themes[theme]) entries.push([phrase, signal]);
  });
  return entries;
}

const COMPILED: ReadonlyMap<Language, CompiledLexicon> = new Map(
  LEXICONS.map((def) => [def.language, compileLexicon(def)] as const),
);

export function lexiconFor(language: Language): CompiledLexicon | undefined {
  return COMPILED.get(language);
}
