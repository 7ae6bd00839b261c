import type { ClassificationEvidence } from '../contracts/classification.js';
import type { Hit } from './hits.js';
import type { Judgement } from './judge.js';
import type { CompiledLexicon } from './lexicon.js';
import { MODEL } from './model/trained.js';
import { negatorOf } from './negation.js';
import { isApostrophe } from './normalize.js';
import type { Reading } from './reading.js';
import { BOUNDARY, isWordChar, tokenSpans } from './tokenize.js';
import { THEMES, type Theme } from './vocabulary.js';

/** Words whose share of a decision is at least this fraction of the strongest word's are quoted. */
const SHARE_OF_STRONGEST = 0.4;
const MAX_WORDS = 5;
/**
 * A word quoted alone is at least this long: "a", "de", "за", "ما" say nothing on a card (they
 * weighed through the pairs and n-grams they share with the words around them).
 */
const MIN_LONE_WORD = 3;

let share = new Float64Array(64);

/**
 * The words that made each decision, quoted from the comment as written: each
 * feature's weight for the decision is shared among the words it comes from
 * (a lexicon cue among the words of its phrase, a word pair between its two
 * words), and the strongest words are quoted, neighbours joined into phrases.
 * Computed only for decisions that are on, so a comment with none costs nothing.
 */
export function explain(
  comment: string,
  lexicon: CompiledLexicon,
  reading: Reading,
  judgement: Judgement,
  /** The tokens' spans in `comment`, when already known; scanned for otherwise. */
  spans?: readonly number[],
): ClassificationEvidence | undefined {
  if (!judgement.churnRisk && judgement.themes.length === 0) return undefined;
  const tokens = reading.tokens;
  if (share.length < tokens.length) share = new Float64Array(tokens.length * 2);
  const quote = quoter(comment, spans ?? tokenSpans(comment, lexicon.language), tokens);
  const evidence: { churn?: string[]; themes?: Partial<Record<Theme, string[]>> } = {};
  if (judgement.churnRisk) {
    const cue = reading.churnCue;
    evidence.churn = strongestPhrases(
      judgement,
      0,
      reading,
      lexicon,
      cue ? [withNegator(cue, reading, lexicon)] : [],
    ).map(quote);
  }
  if (judgement.themes.length > 0) {
    const themes: Partial<Record<Theme, string[]>> = {};
    for (const theme of judgement.themes) {
      const bit = THEMES.indexOf(theme);
      const cues = reading.themeCues.filter((h) => h.signal.kind === 'theme' && h.signal.bit === bit);
      themes[theme] = strongestPhrases(judgement, bit + 1, reading, lexicon, cues).map(quote);
    }
    evidence.themes = themes;
  }
  return evidence;
}

/**
 * A negated stay cue with the negator that negates it, which is what says leaving: "won't renew",
 * not "renew"; "verlängern wir nicht". A negation fused onto the word is quoted with it already.
 */
function withNegator(cue: Hit, reading: Reading, lexicon: CompiledLexicon): Hit {
  if (cue.signal.kind !== 'stay' || !cue.negated) return cue;
  const at = negatorOf(reading.tokens, reading.classes, cue.start, cue.end, lexicon);
  if (at < 0) return cue;
  return at < cue.start ? { ...cue, start: at } : { ...cue, end: at + 1 };
}

/**
 * Token ranges [from, to] of the words that weigh most for one output, neighbours merged, in comment
 * order. A rule's phrase (`cues`) with a word among them is quoted whole ("Vou cancelar", not "Vou"),
 * with the model's words that join it, and without those apart from it; a negated word is quoted with
 * its negator. A word of one or two letters is not quoted alone, unless nothing else would be.
 */
function strongestPhrases(
  judgement: Judgement,
  output: number,
  reading: Reading,
  lexicon: CompiledLexicon,
  cues: readonly Hit[],
): [number, number][] {
  const tokens = reading.tokens;
  const { count, rows, values, starts, ends, outputs } = judgement.matched;
  const bit = 1 << output;
  share.fill(0, 0, tokens.length);
  for (let f = 0; f < count; f++) {
    const start = starts[f] ?? -1;
    const end = ends[f] ?? -1;
    if (start < 0 || ((outputs[f] ?? 0) & bit) === 0) continue;
    const contribution = (MODEL.weight(rows[f] ?? 0, output) * (values[f] ?? 0)) / (end - start);
    for (let i = start; i < end; i++) share[i] = (share[i] ?? 0) + contribution;
  }
  let strongest = 0;
  for (let i = 0; i < tokens.length; i++) strongest = Math.max(strongest, share[i] ?? 0);
  if (strongest <= 0) return [];
  const picked: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((share[i] ?? 0) >= strongest * SHARE_OF_STRONGEST && tokens[i] !== BOUNDARY) picked.push(i);
  }
  if (picked.length > MAX_WORDS) {
    picked.sort((a, b) => (share[b] ?? 0) - (share[a] ?? 0));
    picked.length = MAX_WORDS;
    picked.sort((a, b) => a - b);
  }
  const quoted = cues.filter((cue) => picked.some((i) => i >= cue.start && i < cue.end));
  const include = (from: number, to: number) => {
    for (let i = from; i <= to; i++) if (tokens[i] !== BOUNDARY && !picked.includes(i)) picked.push(i);
  };
  for (const cue of quoted) include(cue.start, cue.end - 1);
  // A word the model read as negated is quoted with its negator: "الدعم لا يرد", not "الدعم … يرد".
  for (const i of picked.slice()) {
    if (reading.negated[i] !== 1) continue;
    const at = negatorOf(tokens, reading.classes, i, i + 1, lexicon);
    if (at >= 0) include(Math.min(at, i), Math.max(at, i));
  }
  picked.sort((a, b) => a - b);
  const phrases: [number, number][] = [];
  for (const i of picked) {
    const last = phrases[phrases.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else phrases.push([i, i]);
  }
  // Where a rule spoke, its phrases say it: the model's words apart from them ("este", "voy" beside
  // "darme de baja") add noise, those that join them ("Отменю подписку") stay.
  const spoken =
    quoted.length === 0
      ? phrases
      : phrases.filter(([from, to]) => quoted.some((cue) => cue.start <= to && from < cue.end));
  const telling = spoken.filter(([from, to]) => from < to || (tokens[from]?.length ?? 0) >= MIN_LONE_WORD);
  return telling.length > 0 ? telling : spoken;
}

/** Quotes a token range as the customer wrote it, or as normalized tokens if the two scans disagree. */
function quoter(
  comment: string,
  spans: readonly number[],
  tokens: readonly string[],
): (range: [number, number]) => string {
  if (spans.length !== tokens.length * 2) {
    return ([from, to]) => tokens.slice(from, to + 1).join(' ');
  }
  return ([from, to]) => {
    const [start, end] = wholeWords(comment, spans[from * 2] ?? 0, spans[to * 2 + 1] ?? comment.length);
    return comment.slice(start, end);
  };
}

/** Widens a quote to the words it cuts at an apostrophe: "t renew" is quoted "won't renew". */
function wholeWords(comment: string, start: number, end: number): [number, number] {
  const isLetter = (i: number) => isWordChar(comment.charAt(i));
  while (start >= 2 && isApostrophe(comment.charAt(start - 1)) && isLetter(start - 2)) {
    start -= 1;
    while (start > 0 && isLetter(start - 1)) start--;
  }
  while (isApostrophe(comment.charAt(end)) && isLetter(end + 1)) {
    end += 1;
    while (end < comment.length && isLetter(end)) end++;
  }
  return [start, end];
}
