import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { lt } from './lt.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { th } from './th.js';
import { tl } from './tl.js';
import type { LexiconDef } from './types.js';

/** Every lexicon; Latin-script ties in language detection go to the earlier one. */
export const LEXICONS: readonly LexiconDef[] = [en, es, de, fr, pt, tl, th, lt, ar, ru];
