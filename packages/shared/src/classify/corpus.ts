import { isLanguage, type Language, THEMES, type Theme } from './vocabulary.js';

/** The kinds of comment the corpus is rich in, so that evaluation can say which ones are missed. */
export const COMMENT_KINDS = [
  'conditional',
  'renewal-doubt',
  'evaluating',
  'moved-elsewhere',
  'stay-challenge',
  'quiet-ending',
  'named-competitor',
  'negated-leave',
  'fine-aspect',
  'solved-problem',
  'single-complaint',
  'everyday-crash',
] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

/**
 * One labelled comment of the corpus (`eval/data/<split>/<language>.json`),
 * labelled by the guide in packages/shared/README.md.
 */
export interface LabelledComment {
  score: number;
  comment: string;
  churn: boolean;
  /** In THEMES order, each once. */
  themes: Theme[];
  kind?: CommentKind;
  /** Set on examples that do not live in a per-language file (exported corrections). */
  language?: Language;
}

/** What an agent's correction of a follow-up says about its answer. */
export interface CorrectedExample {
  score: number;
  comment: string;
  /** The classification's language; `und` examples cannot be learned from and are dropped. */
  language: string;
  churnRisk: boolean;
  themes: readonly Theme[];
}

/**
 * Turns agents' corrections into corpus entries for the next training run:
 * comments that are blank or in no supported language are dropped, themes are
 * put in THEMES order once each, and when one comment was corrected several
 * times the last correction wins. Sorted by language, then comment, so that
 * two exports of the same corrections are byte-identical.
 */
export function toLabelledComments(corrections: readonly CorrectedExample[]): LabelledComment[] {
  const latest = new Map<string, LabelledComment>();
  for (const correction of corrections) {
    const comment = correction.comment.trim();
    if (!comment || !isLanguage(correction.language)) continue;
    const themes = THEMES.filter((theme) => correction.themes.includes(theme));
    const key = `${correction.language}\u0000${comment}`;
    latest.delete(key);
    latest.set(key, {
      score: correction.score,
      comment,
      churn: correction.churnRisk,
      themes,
      language: correction.language,
    });
  }
  return [...latest.values()].sort(
    (a, b) => (a.language ?? '').localeCompare(b.language ?? '') || a.comment.localeCompare(b.comment),
  );
}
