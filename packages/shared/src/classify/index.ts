import type { Classification } from '../contracts/classification.js';
import { classifyScore } from '../nps.js';
import { explain } from './evidence.js';
import { judge } from './judge.js';
import { priorityOf } from './priority.js';
import { understand } from './understand.js';

export type { CommentKind, CorrectedExample, LabelledComment } from './corpus.js';
export { COMMENT_KINDS, toLabelledComments } from './corpus.js';
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
 * - `themes` are the topics the comment raises, in THEMES order; `churnRisk`
 *   says the customer signals leaving. Both come from the lexicon rules
 *   (negation, clauses that say an aspect is fine or a problem solved) weighed
 *   by the trained linear model (see README.md).
 * - `evidence` quotes the words behind churn and each theme, when there are any.
 * - `priority` follows the rules documented on {@link priorityOf}.
 */
export function classifyFeedback(input: FeedbackInput): Classification {
  const category = classifyScore(input.score);
  const comment = input.comment ?? '';
  const { language, reading, lexicon, spans } = understand(comment, input.locale ?? undefined, input.score);
  if (!reading || !lexicon || language === 'und') {
    return {
      category,
      priority: priorityOf(input.score, category, [], false),
      churnRisk: false,
      themes: [],
      language,
    };
  }
  const judgement = judge(reading, input.score);
  const evidence = explain(comment, lexicon, reading, judgement, spans);
  return {
    category,
    priority: priorityOf(input.score, category, judgement.themes, judgement.churnRisk),
    churnRisk: judgement.churnRisk,
    themes: judgement.themes,
    language,
    ...(evidence ? { evidence } : {}),
  };
}
