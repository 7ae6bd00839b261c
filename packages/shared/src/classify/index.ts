import type { Classification } from '../contracts/classification.js';
import { classifyScore } from '../nps.js';
import { dominantScript, guessLatinLanguage, languageFromLocale, scriptOf } from './detect-language.js';
import { lexiconFor } from './lexicon.js';
import { normalizeText } from './normalize.js';
import { priorityOf } from './priority.js';
import { readSignals, type Signals } from './signals.js';
import { tokenize } from './tokenize.js';
import type { DetectedLanguage } from './vocabulary.js';

export { priorityOf } from './priority.js';
export type { DetectedLanguage, Language, Priority, Theme } from './vocabulary.js';
export { DETECTED_LANGUAGES, LANGUAGES, PRIORITIES, THEMES } from './vocabulary.js';

export interface FeedbackInput {
  /** The 0–10 answer; anything else throws a RangeError. */
  score: number;
  comment?: string | null;
  /** The answer's BCP 47 locale, e.g. from the widget: `pt-BR`, `fil`. */
  locale?: string | null;
}

const NO_SIGNALS: Signals = { themes: [], churnRisk: false };

/**
 * Classifies one NPS answer, deterministically and without I/O, fast enough to
 * run on every answer at ingest.
 *
 * - `category` is the score's NPS category (`classifyScore`).
 * - `language` is the locale's primary subtag when supported and written in
 *   the comment's script; otherwise detected from the comment: Thai, Arabic
 *   and Cyrillic by script (th, ar, ru), Latin-script text by stopwords among
 *   en, es, de, fr, pt, tl, lt (English when none is found). `und` when there
 *   is no comment text to judge and no supported locale, or an unsupported script.
 * - `themes` are the topics the comment names, in THEMES order.
 * - `churnRisk` says the customer signals leaving; negated cues ("I will not
 *   cancel") do not count, negated staying ("we won't renew") does.
 * - `priority` follows the rules documented on {@link priorityOf}.
 */
export function classifyFeedback(input: FeedbackInput): Classification {
  const category = classifyScore(input.score);
  const comment = input.comment ?? '';
  const { language, tokens } = readComment(comment, input.locale ?? undefined);
  const lexicon = language === 'und' ? undefined : lexiconFor(language);
  const { themes, churnRisk } = lexicon && tokens.length > 0 ? readSignals(tokens, lexicon) : NO_SIGNALS;
  return {
    category,
    priority: priorityOf(input.score, category, themes, churnRisk),
    churnRisk,
    themes: [...themes],
    language,
  };
}

function readComment(
  comment: string,
  locale: string | undefined,
): { language: DetectedLanguage; tokens: readonly string[] } {
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
