import type { Language } from '../vocabulary.js';
import { en } from './en.js';
import { es } from './es.js';
import type { LexiconDef } from './types.js';

/** Every lexicon, in the order ties in language detection are broken. */
export const LEXICONS: readonly LexiconDef[] = [en, es];

export function lexiconDefFor(language: Language): LexiconDef | undefined {
  return LEXICONS.find((l) => l.language === language);
}
