import { dominantScript, guessLatinLanguage, languageFromLocale, scriptOf } from './detect-language.js';
import { foldsInPlace, normalizeText } from './normalize.js';
import { tokenize, tokenizeWithSpans } from './tokenize.js';
import type { DetectedLanguage, Language } from './vocabulary.js';

export interface CommentText {
  readonly language: DetectedLanguage;
  readonly tokens: readonly string[];
  /**
   * Where each token stands in the comment as written, when normalizing moved
   * no character (each folded to one: ASCII, most accented and Cyrillic text,
   * Thai), so that evidence need not scan the comment again.
   */
  readonly spans?: readonly number[];
}

/** The comment's language and its normalized tokens (none when there is nothing to read). */
export function readComment(comment: string, locale: string | undefined): CommentText {
  const fromLocale = languageFromLocale(locale);
  const script = dominantScript(comment);
  if (script === 'none') return { language: fromLocale ?? 'und', tokens: [] };
  if (fromLocale && scriptOf(fromLocale) === script) return read(comment, fromLocale, fromLocale);
  switch (script) {
    case 'thai':
      return read(comment, 'th', 'th');
    case 'arabic':
      return read(comment, 'ar', 'ar');
    case 'cyrillic':
      return read(comment, 'ru', 'ru');
    case 'latin': {
      // Every Latin-script language is normalized and tokenized alike, so one pass serves both steps.
      const text = read(comment, 'en', 'en');
      return { ...text, language: guessLatinLanguage(comment, text.tokens) ?? 'en' };
    }
    default:
      return { language: 'und', tokens: [] };
  }
}

function read(comment: string, language: DetectedLanguage, as: Language): CommentText {
  const normalized = normalizeText(comment, as);
  const unmoved = as === 'th' ? normalized.length === comment.length : foldsInPlace(comment);
  if (!unmoved) return { language, tokens: tokenize(normalized, as) };
  const { tokens, spans } = tokenizeWithSpans(normalized, as);
  return { language, tokens, spans };
}
