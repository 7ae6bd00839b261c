import type { Language } from './vocabulary.js';

const COMBINING_MARKS = /\p{M}/gu;
/** What customers type for an apostrophe; normalizing makes each of them "'". */
const APOSTROPHE_VARIANTS = '’‘`´ʼ';
const APOSTROPHES = new RegExp(`[${APOSTROPHE_VARIANTS}]`, 'g');

/** Whether a character is an apostrophe as customers type them. */
export function isApostrophe(char: string): boolean {
  return char === "'" || (char.length === 1 && APOSTROPHE_VARIANTS.includes(char));
}
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

/** Per UTF-16 unit, what `normalizeText` makes of it alone: 0 not yet seen, 1 one unit, 2 none or several. */
const UNSEEN = 0;
const ONE_UNIT = 1;
const foldWidth = new Uint8Array(0x10000);

/**
 * Whether `normalizeText` (any language but Thai) turns each character of the
 * text into exactly one, so that an offset in the normalized text is the same
 * offset in the text as written ("Cancelé" → "cancele", "Отменю" → "отменю").
 * Folding works character by character (the marks it drops are what reordering
 * would move), so each unit is judged once and remembered.
 */
export function foldsInPlace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      // Outside the BMP (an emoji, mostly): judged as a pair, not tabled.
      const pair = text.slice(i, i + 2);
      if (normalizeText(pair, 'en').length !== 2) return false;
      i++;
      continue;
    }
    let width = foldWidth[unit] ?? UNSEEN;
    if (width === UNSEEN) {
      width = normalizeText(String.fromCharCode(unit), 'en').length === 1 ? ONE_UNIT : 2;
      foldWidth[unit] = width;
    }
    if (width !== ONE_UNIT) return false;
  }
  return true;
}
