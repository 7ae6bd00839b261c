import { dominantScript, guessLatinLanguage, languageFromLocale, scriptOf } from './detect-language.js';
import { normalizeText } from './normalize.js';
import { tokenize } from './tokenize.js';
import type { DetectedLanguage } from './vocabulary.js';

export interface CommentText {
  readonly language: DetectedLanguage;
  readonly tokens: readonly string[];
}

/** The comment's language and its normalized tokens (none when there is nothing to read). */
export function readComment(comment: string, locale: string | undefined): CommentText {
  const fromLocale = languageFromLocale(locale);
  const script = dominantScript(comment);
  if (script === 'none') return { language: fromLocale ?? 'und', tokens: [] };
  if (fromLocale && scriptOf(fromLocale) === script) {
    return { language: fromLocale, tokens: tokenize(normalizeText(comment, fromLocale), fromLocale) };
  }
  switch (script) {
    case 'thai':
      return { language: 'th', tokens: tokenize(normalizeText(comment, 'th'), 'th') };
    case 'arabic':
      return { language: 'ar', tokens: tokenize(normalizeText(comment, 'ar'), 'ar') };
    case 'cyrillic':
      return { language: 'ru', tokens: tokenize(normalizeText(comment, 'ru'), 'ru') };
    case 'latin': {
      // Every Latin-script language is normalized and tokenized alike, so one pass serves both steps.
      const tokens = tokenize(normalizeText(comment, 'en'), 'en');
      return { language: guessLatinLanguage(comment, tokens) ?? 'en', tokens };
    }
    default:
      return { language: 'und', tokens: [] };
  }
}
