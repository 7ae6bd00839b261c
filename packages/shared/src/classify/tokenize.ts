import type { Language } from './vocabulary.js';

/** Stands for punctuation: phrases never span it and negation stops at it. */
export const BOUNDARY = '.';

/**
 * Words are runs of letters and digits, so apostrophes and hyphens split them:
 * "won't" → won t, "n'annulerai" → n annulerai, "i-cancel" → i cancel. The
 * lexicons are tokenized the same way, so both sides agree.
 */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const MARK_CHAR = /^\p{M}$/u;
const PUNCTUATION = '.,;:!?¡¿()"«»\n…—–،؛؟';
const PUNCTUATION_OR_SPACE = /[\s.,;:!?()"«»…—–]/u;

/** What a character is to the scanner; UNKNOWN until first seen, so the table fills lazily. */
const UNKNOWN = 0;
const OTHER = 1;
const WORD = 2;
const STOP = 3;
/**
 * A combining mark continues the word it follows ("CARI\u0301SIMO" as typed on
 * some keyboards) and is nothing elsewhere (an emoji's variation selector).
 * Normalized text has none (Thai, which keeps them, is segmented apart), so
 * this only keeps spans in the text as written in step with its tokens.
 */
const MARK = 4;
const kindOfUnit = new Uint8Array(0x10000);

/** Whether a character belongs to a word (a letter or digit): what tokens are made of. */
export function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char);
}

function kindOf(char: string): number {
  if (isWordChar(char)) return WORD;
  if (MARK_CHAR.test(char)) return MARK;
  return PUNCTUATION.includes(char) ? STOP : OTHER;
}

/** Thai is written without spaces between words; ICU's dictionary finds them. */
const thaiSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Splits normalized text into word tokens, with {@link BOUNDARY} for punctuation. */
export function tokenize(normalized: string, language: Language): string[] {
  const tokens: string[] = [];
  scan(normalized, language, tokens, undefined);
  return tokens;
}

/** `tokenize`, and where each token stands in `normalized` as [start, end) pairs. */
export function tokenizeWithSpans(
  normalized: string,
  language: Language,
): { tokens: string[]; spans: number[] } {
  const tokens: string[] = [];
  const spans: number[] = [];
  scan(normalized, language, tokens, spans);
  return { tokens, spans };
}

/**
 * Where each token of `tokenize(normalizeText(text))` stands in the text as
 * written, as [start, end) pairs, so that evidence quotes the customer's own
 * words. Normalizing keeps words whole, so both scans yield as many tokens.
 */
export function tokenSpans(text: string, language: Language): number[] {
  const spans: number[] = [];
  scan(text, language, undefined, spans);
  return spans;
}

/** Where `scan` appends, module-wide so that a scan allocates no closure (scans never overlap). */
let outTokens: string[] | undefined;
let outSpans: number[] | undefined;
let lastWasBoundary = true;

/** Leading and repeated punctuation carry nothing: one boundary between words is enough. */
function emit(token: string | undefined, start: number, end: number): void {
  const isBoundary = token === undefined;
  if (isBoundary && lastWasBoundary) return;
  lastWasBoundary = isBoundary;
  outTokens?.push(token ?? BOUNDARY);
  outSpans?.push(start, end);
}

/** One pass over the text, appending tokens and/or their spans. */
function scan(
  text: string,
  language: Language,
  tokens: string[] | undefined,
  spans: number[] | undefined,
): void {
  outTokens = tokens;
  outSpans = spans;
  lastWasBoundary = true;
  if (language === 'th') {
    // In Thai a space separates phrases or sentences, so it counts as punctuation.
    for (const { segment, index, isWordLike } of thaiSegmenter.segment(text)) {
      if (isWordLike) emit(segment, index, index + segment.length);
      else if (PUNCTUATION_OR_SPACE.test(segment)) emit(undefined, index, index + segment.length);
    }
  } else {
    scanRuns(text);
  }
  outTokens = undefined;
  outSpans = undefined;
}

/** Words are runs of word characters, boundaries runs of punctuation. */
function scanRuns(text: string): void {
  let runStart = 0;
  let runKind = OTHER;
  for (let i = 0; i <= text.length; ) {
    let kind = OTHER;
    let width = 1;
    if (i < text.length) {
      const unit = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        // A character outside the BMP (an emoji, mostly): judged on its own, not tabled.
        width = 2;
        kind = kindOf(text.slice(i, i + 2));
      } else {
        kind = kindOfUnit[unit] ?? UNKNOWN;
        if (kind === UNKNOWN) kind = kindOfUnit[unit] = kindOf(text.charAt(i));
      }
      if (kind === MARK) kind = runKind === WORD ? WORD : OTHER;
    }
    if (kind !== runKind || i === text.length) {
      if (runKind === WORD) emit(text.slice(runStart, i), runStart, i);
      else if (runKind === STOP) emit(undefined, runStart, i);
      runStart = i;
      runKind = kind;
    }
    i += width;
  }
}
