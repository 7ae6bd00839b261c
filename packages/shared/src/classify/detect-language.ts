import { lexiconFor } from './lexicon.js';
import { LEXICONS } from './lexicons/index.js';
import { normalizeText } from './normalize.js';
import { BOUNDARY } from './tokenize.js';
import type { Language } from './vocabulary.js';
import { isLanguage } from './vocabulary.js';

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'thai' | 'other' | 'none';

const SCRIPT_OF: Readonly<Record<Language, Script>> = {
  en: 'latin',
  es: 'latin',
  de: 'latin',
  fr: 'latin',
  pt: 'latin',
  tl: 'latin',
  lt: 'latin',
  ru: 'cyrillic',
  ar: 'arabic',
  th: 'thai',
};

export function scriptOf(language: Language): Script {
  return SCRIPT_OF[language];
}

/** The script most letters of the text are written in; `none` when it has no letters. */
export function dominantScript(text: string): Script {
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  let thai = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    ) {
      latin++;
    } else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff))
      arabic++;
    else if (c >= 0x0e00 && c <= 0x0e7f) thai++;
    else if ((c >= 0x0370 && c <= 0x03ff) || (c >= 0x0530 && c <= 0x0dff) || (c >= 0x3040 && c <= 0xd7af))
      other++;
  }
  const best = Math.max(latin, cyrillic, arabic, thai, other);
  if (best === 0) return 'none';
  if (best === thai) return 'thai';
  if (best === arabic) return 'arabic';
  if (best === cyrillic) return 'cyrillic';
  if (best === latin) return 'latin';
  return 'other';
}

/** The supported language named by a locale's primary subtag (`pt-BR` → pt, `fil` → tl). */
export function languageFromLocale(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  const primary = (locale.split(/[-_]/)[0] ?? '').toLowerCase();
  if (primary === 'fil') return 'tl';
  return isLanguage(primary) ? primary : undefined;
}

const LATIN_LANGUAGES: readonly Language[] = LEXICONS.filter((l) => SCRIPT_OF[l.language] === 'latin').map(
  (l) => l.language,
);
/** Stopword → bit set of the Latin languages it belongs to, built once. */
const STOPWORD_LANGUAGES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  LATIN_LANGUAGES.forEach((language, bit) => {
    const def = LEXICONS.find((l) => l.language === language);
    for (const written of def?.stopwords ?? []) {
      const word = normalizeText(written, language);
      map.set(word, (map.get(word) ?? 0) | (1 << bit));
    }
  });
  return map;
})();
/** Characteristic letter (raw, before folding) → bit set of the languages it hints at. */
const LETTER_LANGUAGES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  LATIN_LANGUAGES.forEach((language, bit) => {
    const def = LEXICONS.find((l) => l.language === language);
    for (const letter of def?.letters ?? '') map.set(letter, (map.get(letter) ?? 0) | (1 << bit));
  });
  return map;
})();
/** LETTER_LANGUAGES per UTF-16 unit of the raw text, filled as units are met (UNSEEN until then). */
const UNSEEN = 0xffff;
const letterLanguagesOfUnit = new Uint16Array(0x10000).fill(UNSEEN);

function letterLanguages(unit: number): number {
  let bits = letterLanguagesOfUnit[unit] ?? UNSEEN;
  if (bits === UNSEEN) {
    bits = LETTER_LANGUAGES.get(String.fromCharCode(unit).toLowerCase()) ?? 0;
    letterLanguagesOfUnit[unit] = bits;
  }
  return bits;
}
const hits = new Array<number>(LATIN_LANGUAGES.length).fill(0);

/**
 * The Latin-script language with the most hits, ties going to the earlier
 * language in LEXICONS (English first); undefined when nothing hints at any.
 * A hit is a stopword among the normalized tokens, or a characteristic letter
 * in the raw text. Short comments often have neither ("Rechnung kam doppelt"),
 * so a tie at the top is broken by how many tokens start a lexicon phrase.
 */
export function guessLatinLanguage(raw: string, tokens: readonly string[]): Language | undefined {
  hits.fill(0);
  for (const token of tokens) countHit(STOPWORD_LANGUAGES.get(token));
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code > 0xbf) countHit(letterLanguages(code));
  }
  let top = 0;
  let atTop = 0;
  for (const n of hits) {
    if (n > top) {
      top = n;
      atTop = 1;
    } else if (n === top) atTop++;
  }
  // A clear winner needs no tie-break, and the tie-break is the costly part.
  if (top > 0 && atTop === 1) return LATIN_LANGUAGES[hits.indexOf(top)];
  let best = -1;
  let bestPhrases = -1;
  for (let bit = 0; bit < hits.length; bit++) {
    if (hits[bit] !== top) continue;
    const language = LATIN_LANGUAGES[bit];
    const phrases = language ? countPhraseStarts(tokens, language) : 0;
    if (phrases > bestPhrases) {
      best = bit;
      bestPhrases = phrases;
    }
  }
  return top === 0 && bestPhrases === 0 ? undefined : LATIN_LANGUAGES[best];
}

/** Tokens at which at least one of the language's own lexicon phrases matches. */
function countPhraseStarts(tokens: readonly string[], language: Language): number {
  const lexicon = lexiconFor(language);
  if (!lexicon) return 0;
  let starts = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token !== undefined && token !== BOUNDARY && lexicon.ownPhrases.matchesAt(tokens, i, token)) starts++;
  }
  return starts;
}

function countHit(bits: number | undefined): void {
  if (!bits) return;
  for (let bit = 0; bit < hits.length; bit++) if (bits & (1 << bit)) hits[bit] = (hits[bit] ?? 0) + 1;
}
