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

/** Splits normalized text into word tokens, with {@link BOUNDARY} for punctuation. */
export function tokenize(normalized: string, language: Language): string[] {
  return language === 'th' ? tokenizeThai(normalized) : tokenizeSpaced(normalized);
}

function tokenizeSpaced(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(WORD_OR_PUNCTUATION)) {
    pushToken(tokens, match[1] ?? BOUNDARY);
  }
  return tokens;
}

/** In Thai a space separates phrases or sentences, so it counts as punctuation. */
function tokenizeThai(text: string): string[] {
  const tokens: string[] = [];
  for (const { segment, isWordLike } of thaiSegmenter.segment(text)) {
    if (isWordLike) tokens.push(segment);
    else if (PUNCTUATION_OR_SPACE.test(segment)) pushToken(tokens, BOUNDARY);
  }
  return tokens;
}

function pushToken(tokens: string[], token: string): void {
  if (token === BOUNDARY && (tokens.length === 0 || tokens[tokens.length - 1] === BOUNDARY)) return;
  tokens.push(token);
}
