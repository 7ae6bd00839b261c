import type { Language } from './vocabulary.js';

/** Stands for punctuation: phrases never span it and negation stops at it. */
export const BOUNDARY = '.';

/**
 * Words are runs of letters and digits, so apostrophes and hyphens split them:
 * "won't" → won t, "n'annulerai" → n annulerai, "i-cancel" → i cancel. The
 * lexicons are tokenized the same way, so both sides agree.
 */
const WORD_OR_PUNCTUATION = /([\p{L}\p{N}]+)|[.,;:!?¡¿()"«»\n…—–،؛؟]+/gu;
const PUNCTUATION_OR_SPACE = /[\s.,;:!?()"«»…—–]/u;

/** Thai is written without spaces between words; ICU's dictionary finds them. */
const thaiSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

type OnToken = (token: string, start: number, end: number) => void;

/** Splits normalized text into word tokens, with {@link BOUNDARY} for punctuation. */
export function tokenize(normalized: string, language: Language): string[] {
  const tokens: string[] = [];
  scan(normalized, language, (token) => tokens.push(token));
  return tokens;
}

/**
 * Where each token of `tokenize(normalizeText(text))` stands in the text as
 * written, as [start, end) pairs, so that evidence quotes the customer's own
 * words. Normalizing keeps words whole, so both scans yield as many tokens.
 */
export function tokenSpans(text: string, language: Language): Int32Array {
  const spans: number[] = [];
  scan(text, language, (_token, start, end) => spans.push(start, end));
  return Int32Array.from(spans);
}

function scan(text: string, language: Language, onToken: OnToken): void {
  let last = BOUNDARY;
  const push = (token: string, start: number, end: number) => {
    // Leading and repeated punctuation carry nothing: one boundary between words is enough.
    if (token === BOUNDARY && last === BOUNDARY) return;
    last = token;
    onToken(token, start, end);
  };
  if (language === 'th') {
    // In Thai a space separates phrases or sentences, so it counts as punctuation.
    for (const { segment, index, isWordLike } of thaiSegmenter.segment(text)) {
      if (isWordLike) push(segment, index, index + segment.length);
      else if (PUNCTUATION_OR_SPACE.test(segment)) push(BOUNDARY, index, index + segment.length);
    }
    return;
  }
  for (const match of text.matchAll(WORD_OR_PUNCTUATION)) {
    push(match[1] ?? BOUNDARY, match.index, match.index + match[0].length);
  }
}
