import type { Language } from './vocabulary.js';

const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘`´ʼ]/g;
/** Letters that NFKD leaves alone but that customers write interchangeably. */
const LETTER_VARIANTS = /[ßـةىٱ]/g;
const VARIANT_OF: Readonly<Record<string, string>> = { ß: 'ss', ـ: '', ة: 'ه', ى: 'ي', ٱ: 'ا' };

/**
 * Case- and accent-folds text so that lexicon entries and comments meet in one
 * form. NFKD splits accents (é → e + ◌́), Arabic hamza carriers (أ/إ/آ → ا + mark)
 * and harakat, which are then dropped; tatweel, ta marbuta and alif maqsura are
 * mapped by hand. Thai is only lower-cased: its vowels and tone marks are
 * combining marks that carry meaning.
 */
export function normalizeText(text: string, language: Language): string {
  const lower = text.replace(APOSTROPHES, "'").toLowerCase();
  if (language === 'th' || isAscii(text)) return lower;
  return lower
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(LETTER_VARIANTS, (ch) => VARIANT_OF[ch] ?? ch);
}

const NON_ASCII = /[\u0080-\uffff]/;

/** ASCII text has no accents to fold, and folding it changes no offset. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}
