import type { Reading } from '../reading.js';
import { rememberPerWord } from '../remember-per-word.js';
import { BOUNDARY } from '../tokenize.js';
import { THEMES } from '../vocabulary.js';
import { CONDITIONAL } from '../word-classes.js';
import { hashString, mixChar, seedFor } from './hash.js';

/**
 * The features the linear model reads, each reported with the tokens it comes
 * from (so a decision can name its words) and the outputs it feeds (a bit per
 * output: churn, then each theme). Churn reads every feature but the theme
 * cues (crash comments are mostly not churn, which taught the model to hold
 * "crash" against leaving). A theme reads
 * only clauses not barred from naming one, not the words of churn phrases
 * ("close my account", "last payment"), and is judged where it is spoken
 * of: on the clauses holding its lexicon cues when there are any, on the whole
 * comment otherwise; of the cues it reads only its own. Were every word and
 * cue to weigh on every theme, a comment naming five topics would have each
 * topic's words vote the others down.
 *  - every word, and every word a negator governs as a different feature ("¬cancel");
 *  - every pair of neighbouring words;
 *  - character n-grams of each word, marked at its edges, so that
 *    inflections, compounds and typos share most of their features: 5-grams
 *    for churn, and 4-grams for the themes at a fifth of a word's value (so
 *    that "Rückerstattung" and "Rückzahlung" share "Rück" without the many
 *    n-grams outvoting the words; both chosen by cross-validation);
 *  - the rules' lexicon cues ("leave", "stay negated", "theme price"…), a
 *    conditional before a leave cue, and (for churn) the score's band;
 *  - for each theme, the other themes cued in the comment ("beside reliability"), and those
 *    cued in the same clause as one of its cues ("with reliability").
 */
export type FeatureSink = (row: number, value: number, start: number, end: number, outputs: number) => void;

/**
 * Turns a feature hash into the row its caller keeps it in (the model's
 * weights at run time, a growing vocabulary in training), or −1 to drop it.
 * Rows of a word's own features are remembered with the word, so a word met
 * again costs no lookup, and the model's unknown n-grams cost nothing.
 */
export type RowOf = (hash: number) => number;

/** Output bits: churn is output 0, theme t is output t + 1. */
export const CHURN_OUTPUT = 1;
export const THEME_OUTPUTS = ((1 << THEMES.length) - 1) << 1;

/** For churn, 3- and 4-grams proved too common to help and added noise (cross-validation on the tuning split). */
const GRAM = 5;
/** For the themes, 4-grams did better than 3, 5 or 6 (cross-validation, and training without the newest tuning comments). */
const THEME_GRAM = 4;
/** Values of 0.15–0.3 did the same; at 1 the n-grams drowned the words. */
const THEME_GRAM_VALUE = 0.2;
/**
 * A lexicon cue counts as much as this many plain features: the lexicons name
 * phrasings the tuning comments do not, so their cues should not drown in n-grams.
 */
const CUE_VALUE = 6;
/**
 * A theme's cue also tells every other theme it is there ("beside reliability"),
 * so the model can learn that "pay" beside "crashes" is rarely a billing
 * complaint. As plain a feature as a word: heavier values did no better.
 */
const BESIDE_VALUE = 1;
/**
 * A theme's cue also tells the other themes cued in its clause it is there ("with reliability"),
 * so "pay" in the clause of "crashes" can weigh less than "pay" beside a crash told elsewhere.
 * As plain a feature as a word: values of 0.5 to 3 did the same in cross-validation.
 */
const WITH_VALUE = 1;

const WORD = seedFor('w');
const NEGATED_WORD = seedFor('w¬');
const PAIR = seedFor('b');
/** Mixed in between the two words, so that ("ab", "c") and ("a", "bc") differ. */
const PAIR_GLUE = 0x20;
const CHARS = seedFor('c');
const NEGATED_CHARS = seedFor('c¬');
const THEME_CHARS = seedFor('tc');
const NEGATED_THEME_CHARS = seedFor('tc¬');
const CUE = seedFor('l');
const cue = (name: string) => hashString(CUE, name);

const LEAVE = cue('leave');
const LEAVE_NEGATED = cue('leave¬');
const STAY = cue('stay');
const STAY_NEGATED = cue('stay¬');
const LEAVE_AFTER_CONDITION = cue('if…leave');
const FINE = cue('fine');
const SOLVED = cue('solved');
const THEME = THEMES.map((theme) => cue(`theme ${theme}`));
const THEME_NEGATED = THEMES.map((theme) => cue(`theme¬ ${theme}`));
const BESIDE_THEME = THEMES.map((theme) => cue(`beside ${theme}`));
const WITH_THEME = THEMES.map((theme) => cue(`with ${theme}`));
/** The hashes of the rules' lexicon cues, which training leaves out of some examples (see logistic.ts). */
export const RULE_CUES: ReadonlySet<number> = new Set([
  LEAVE,
  LEAVE_NEGATED,
  STAY,
  STAY_NEGATED,
  LEAVE_AFTER_CONDITION,
  FINE,
  SOLVED,
  ...THEME,
  ...THEME_NEGATED,
]);
/** 0–2 very angry, 3–4, 5–6 mild detractors, 7–8 passives, 9–10 promoters. */
const SCORE_BAND = [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4].map((band) => cue(`score ${band}`));
const NO_SPAN = -1;

/**
 * For each token, the theme outputs its clause speaks to: the themes cued in
 * that clause, plus every theme cued nowhere (a clause not barred from themes).
 */
function themeOutputsOfTokens(reading: Reading): number[] {
  const { clauses, themeCues } = reading;
  const cued = new Uint16Array(clauses.length === 0 ? 0 : (clauses[clauses.length - 1] ?? 0) + 1);
  let cuedAnywhere = 0;
  for (const hit of themeCues) {
    if (hit.signal.kind !== 'theme') continue;
    const bit = 1 << (hit.signal.bit + 1);
    const clause = clauses[hit.start] ?? 0;
    cued[clause] = (cued[clause] ?? 0) | bit;
    cuedAnywhere |= bit;
  }
  const uncued = THEME_OUTPUTS & ~cuedAnywhere;
  const outputs: number[] = [];
  for (let i = 0; i < clauses.length; i++) outputs.push(uncued | (cued[clauses[i] ?? 0] ?? 0));
  return outputs;
}

const WORD_START = 2;
const WORD_END = 3;

/** The hash of the n-gram at `from` of the word marked at its edges (as if "\u0002word\u0003"), without building that string. */
function hashGram(seed: number, token: string, from: number, n: number): number {
  let h = seed;
  for (let p = from; p < from + n; p++) {
    const code = p === 0 ? WORD_START : p === token.length + 1 ? WORD_END : token.charCodeAt(p - 1);
    h = mixChar(h, code);
  }
  return h;
}

/** A word's own features as rows, which depend on nothing else in the comment (−1: dropped). */
interface WordRows {
  readonly word: number;
  readonly negatedWord: number;
  /** The seed of a pair starting with this word. */
  readonly pairSeed: number;
  /** The rows of its character n-grams that were not dropped: churn's, then the themes'. */
  readonly grams: Int32Array;
  readonly negatedGrams: Int32Array;
  readonly themeGrams: Int32Array;
  readonly negatedThemeGrams: Int32Array;
}

function rowsOfWord(token: string, rowOf: RowOf): WordRows {
  return {
    word: rowOf(hashString(WORD, token)),
    negatedWord: rowOf(hashString(NEGATED_WORD, token)),
    pairSeed: hashString(PAIR, token) ^ PAIR_GLUE,
    grams: knownGrams(CHARS, token, GRAM, rowOf),
    negatedGrams: knownGrams(NEGATED_CHARS, token, GRAM, rowOf),
    themeGrams: knownGrams(THEME_CHARS, token, THEME_GRAM, rowOf),
    negatedThemeGrams: knownGrams(NEGATED_THEME_CHARS, token, THEME_GRAM, rowOf),
  };
}

/** The rows of a word's n-grams of length `n` that `rowOf` keeps. */
function knownGrams(seed: number, token: string, n: number, rowOf: RowOf): Int32Array {
  const rows: number[] = [];
  for (let from = 0; from + n <= token.length + 2; from++) {
    const row = rowOf(hashGram(seed, token, from, n));
    if (row >= 0) rows.push(row);
  }
  return new Int32Array(rows);
}

export type FeatureExtractor = (reading: Reading, score: number, sink: FeatureSink) => void;

/** The features of a reading, as rows of `rowOf`; dropped features never reach the sink. */
export function featureExtractor(rowOf: RowOf): FeatureExtractor {
  const rowsOf = rememberPerWord((token) => rowsOfWord(token, rowOf));
  const rows = (hashes: readonly number[]) => hashes.map(rowOf);
  const [leave, leaveNegated, stay, stayNegated, leaveAfterCondition, fine, solved] = rows([
    LEAVE,
    LEAVE_NEGATED,
    STAY,
    STAY_NEGATED,
    LEAVE_AFTER_CONDITION,
    FINE,
    SOLVED,
  ]);
  const theme = rows(THEME);
  const themeNegated = rows(THEME_NEGATED);
  const besideTheme = rows(BESIDE_THEME);
  const withTheme = rows(WITH_THEME);
  const scoreBand = rows(SCORE_BAND);
  /** Passes a feature on unless its row was dropped. */
  let sink: FeatureSink = () => {};
  const emit = (row: number | undefined, value: number, start: number, end: number, outputs: number) => {
    if (row !== undefined && row >= 0) sink(row, value, start, end, outputs);
  };
  return (reading, score, to) => {
    sink = to;
    const { tokens, negated, themeVetoed } = reading;
    const themesHeard = themeOutputsOfTokens(reading);
    const { inChurnPhrase } = reading;
    emit(scoreBand[score], 1, NO_SPAN, NO_SPAN, CHURN_OUTPUT);
    let conditionAt = -1;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? BOUNDARY;
      if (token === BOUNDARY) continue;
      if (conditionAt < 0 && (reading.classes[i] ?? 0) & CONDITIONAL) conditionAt = i;
      const outputs =
        themeVetoed[i] === 0 && inChurnPhrase[i] === 0 ? CHURN_OUTPUT | (themesHeard[i] ?? 0) : CHURN_OUTPUT;
      const isNegated = negated[i] === 1;
      const word = rowsOf(token);
      emit(isNegated ? word.negatedWord : word.word, 1, i, i + 1, outputs);
      const next = tokens[i + 1];
      if (next !== undefined && next !== BOUNDARY) {
        emit(
          rowOf(hashString(word.pairSeed, next)),
          1,
          i,
          i + 2,
          themeVetoed[i + 1] === 0 ? outputs & (CHURN_OUTPUT | (themesHeard[i + 1] ?? 0)) : CHURN_OUTPUT,
        );
      }
      const grams = isNegated ? word.negatedGrams : word.grams;
      for (let g = 0; g < grams.length; g++) sink(grams[g] ?? 0, 1, i, i + 1, CHURN_OUTPUT);
      const themes = outputs & THEME_OUTPUTS;
      if (themes !== 0) {
        const themeGrams = isNegated ? word.negatedThemeGrams : word.themeGrams;
        for (let g = 0; g < themeGrams.length; g++)
          sink(themeGrams[g] ?? 0, THEME_GRAM_VALUE, i, i + 1, themes);
      }
    }
    // "with t" for each other theme cued (not negated) in the clause of a cue of t.
    const { themeCues, clauses } = reading;
    for (const a of themeCues) {
      if (a.signal.kind !== 'theme' || a.negated) continue;
      for (const b of themeCues) {
        if (b.signal.kind !== 'theme' || b.negated || b.signal.bit === a.signal.bit) continue;
        if (clauses[a.start] !== clauses[b.start]) continue;
        emit(withTheme[a.signal.bit], WITH_VALUE, NO_SPAN, NO_SPAN, 1 << (b.signal.bit + 1));
      }
    }
    for (const hit of reading.hits) {
      const forThemes = themeVetoed[hit.start] === 0 && inChurnPhrase[hit.start] === 0;
      const signal = hit.signal;
      if (signal.kind === 'theme') {
        const row = (hit.negated ? themeNegated : theme)[signal.bit];
        emit(row, CUE_VALUE, hit.start, hit.end, forThemes ? 1 << (signal.bit + 1) : 0);
        if (forThemes && !hit.negated) {
          emit(
            besideTheme[signal.bit],
            BESIDE_VALUE,
            NO_SPAN,
            NO_SPAN,
            THEME_OUTPUTS & ~(1 << (signal.bit + 1)),
          );
        }
      } else if (signal.kind === 'leave' || signal.kind === 'stay') {
        const row =
          signal.kind === 'leave' ? (hit.negated ? leaveNegated : leave) : hit.negated ? stayNegated : stay;
        emit(row, CUE_VALUE, hit.start, hit.end, CHURN_OUTPUT);
        if (signal.kind === 'leave' && !hit.negated && conditionAt >= 0 && conditionAt < hit.start) {
          emit(leaveAfterCondition, CUE_VALUE, conditionAt, hit.end, CHURN_OUTPUT);
        }
      } else if (!hit.negated && (signal.kind === 'fine' || signal.kind === 'solved')) {
        emit(
          signal.kind === 'fine' ? fine : solved,
          CUE_VALUE,
          hit.start,
          hit.end,
          forThemes ? CHURN_OUTPUT | THEME_OUTPUTS : CHURN_OUTPUT,
        );
      }
    }
  };
}
