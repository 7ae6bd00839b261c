import { COMMENT_KINDS, type CommentKind } from '../src/classify/corpus.js';
import { classifyFeedback } from '../src/classify/index.js';
import { LANGUAGES, type Language, THEMES, type Theme } from '../src/classify/vocabulary.js';
import { loadSplit, type Split } from './corpus.js';

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface LanguageReport {
  language: Language | 'total';
  comments: number;
  churn: Scores;
  themes: Scores;
}

export interface Miss {
  language: Language;
  comment: string;
  expected: { churn: boolean; themes: Theme[] };
  got: { churn: boolean; themes: Theme[] };
}

/** How often the comments of one kind (see COMMENT_KINDS) got churn, and their exact themes, right. */
export interface KindReport {
  kind: CommentKind;
  comments: number;
  churnRight: number;
  themesRight: number;
}

export interface SplitReport {
  split: Split;
  languages: LanguageReport[];
  total: LanguageReport;
  kinds: KindReport[];
  misses: Miss[];
}

/** Classifies every comment of one split (locale withheld, so detection is exercised too) and scores it. */
export function evaluateSplit(split: Split): SplitReport {
  const languages: LanguageReport[] = [];
  const misses: Miss[] = [];
  const total = { comments: 0, churn: counts(), themes: counts() };
  const kinds = new Map<CommentKind, KindReport>(
    COMMENT_KINDS.map((kind) => [kind, { kind, comments: 0, churnRight: 0, themesRight: 0 }]),
  );
  for (const language of LANGUAGES) {
    const churn = counts();
    const themes = counts();
    const comments = loadSplit(split, language);
    for (const labelled of comments) {
      const result = classifyFeedback({ score: labelled.score, comment: labelled.comment });
      tally(churn, labelled.churn, result.churnRisk);
      for (const theme of THEMES)
        tally(themes, labelled.themes.includes(theme), result.themes.includes(theme));
      const themesMatch = result.themes.join() === [...labelled.themes].sort(byThemeOrder).join();
      const kind = labelled.kind ? kinds.get(labelled.kind) : undefined;
      if (kind) {
        kind.comments++;
        if (result.churnRisk === labelled.churn) kind.churnRight++;
        if (themesMatch) kind.themesRight++;
      }
      if (result.churnRisk !== labelled.churn || !themesMatch) {
        misses.push({
          language,
          comment: labelled.comment,
          expected: { churn: labelled.churn, themes: labelled.themes },
          got: { churn: result.churnRisk, themes: result.themes },
        });
      }
    }
    languages.push({ language, comments: comments.length, churn: score(churn), themes: score(themes) });
    total.comments += comments.length;
    add(total.churn, churn);
    add(total.themes, themes);
  }
  return {
    split,
    languages,
    total: {
      language: 'total',
      comments: total.comments,
      churn: score(total.churn),
      themes: score(total.themes),
    },
    kinds: [...kinds.values()],
    misses,
  };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function counts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function tally(c: Counts, expected: boolean, got: boolean): void {
  if (expected && got) c.tp++;
  else if (got) c.fp++;
  else if (expected) c.fn++;
}

function add(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

/** Precision (recall) is 1 when nothing was predicted (expected): no claim, no error. */
function score({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

function byThemeOrder(a: Theme, b: Theme): number {
  return THEMES.indexOf(a) - THEMES.indexOf(b);
}
