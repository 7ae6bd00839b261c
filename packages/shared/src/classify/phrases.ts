import { rememberPerWord } from './remember-per-word.js';
import { BOUNDARY } from './tokenize.js';

/**
 * The small pattern language the lexicons are written in, and its compiled
 * index. A phrase is words separated by spaces; each word is
 *   `cancel`        exactly this token
 *   `cancel*`       a token starting with it (inflections: cancelled, cancelling)
 *   `*kansel*`      a token containing it (infixes, compounds: kinansela, Vertragskündigung)
 *   `close|delete`  any of the alternatives
 *   `_`             zero to {@link MAX_GAP} other tokens ("close _ account")
 * Phrases never match across punctuation.
 */
const MAX_GAP = 2;

interface Word {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly contains: readonly string[];
}
/** `null` is a gap. */
type Step = Word | null;

export interface Phrase<T> {
  readonly source: string;
  readonly value: T;
  /** Steps after the first word, which the index itself matches. */
  readonly rest: readonly Step[];
}

interface TrieNode<T> {
  readonly children: Map<string, TrieNode<T>>;
  readonly exact: Phrase<T>[];
  readonly prefix: Phrase<T>[];
}

export type OnPhrase<T> = (phrase: Phrase<T>, end: number) => void;

/** Turns one written word into the tokens a comment would show for it. */
export type WordSplitter = (word: string) => string[];

/**
 * All phrases of one language, indexed by their first word in a character trie
 * (exact and prefix words) plus "contains" words indexed by their first two
 * characters, so that a comment costs one trie walk and a few pair lookups per
 * token instead of a pass over every phrase.
 */
interface ContainsEntry<T> {
  readonly needle: string;
  readonly phrase: Phrase<T>;
  /** The call that last reported it, so a needle found twice in one word reports once. */
  reportedIn: number;
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = newNode();
  /** "Contains" first words by their first two characters: a word looks up each of its character pairs. */
  private readonly containsByPair = new Map<string, ContainsEntry<T>[]>();
  private readonly containsShort: ContainsEntry<T>[] = [];
  private calls = 0;
  /** The phrases whose first word matches a word: the trie walk and pair lookups, once per distinct word. */
  private readonly startingWith = rememberPerWord((word) => this.lookUp(word));

  constructor(entries: Iterable<readonly [source: string, value: T]>, split: WordSplitter) {
    for (const [source, value] of entries) this.add(source, value, split);
  }

  /** Reports each phrase whose first word is `word` (tokens[start] or its stem) and whose rest follows. */
  matchAt(tokens: readonly string[], start: number, word: string, onPhrase: OnPhrase<T>): void {
    for (const phrase of this.startingWith(word)) {
      const end = matchSteps(phrase.rest, 0, tokens, start + 1);
      if (end >= 0) onPhrase(phrase, end);
    }
  }

  /** Whether some phrase starts at tokens[start] with `word` as its first word (matchAt's question, answered at the first match). */
  matchesAt(tokens: readonly string[], start: number, word: string): boolean {
    for (const phrase of this.startingWith(word)) {
      if (matchSteps(phrase.rest, 0, tokens, start + 1) >= 0) return true;
    }
    return false;
  }

  private lookUp(word: string): Phrase<T>[] {
    const found: Phrase<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < word.length && node; i++) {
      node = node.children.get(word.charAt(i));
      if (node) found.push(...node.prefix);
    }
    if (node) found.push(...node.exact);
    for (const entry of this.containsShort) if (word.includes(entry.needle)) found.push(entry.phrase);
    if (this.containsByPair.size === 0) return found;
    const call = ++this.calls;
    for (let i = 0; i + 2 <= word.length; i++) {
      const entries = this.containsByPair.get(word.slice(i, i + 2));
      if (!entries) continue;
      for (const entry of entries) {
        if (entry.reportedIn === call || !word.startsWith(entry.needle, i)) continue;
        entry.reportedIn = call;
        found.push(entry.phrase);
      }
    }
    return found;
  }

  private add(source: string, value: T, split: WordSplitter): void {
    const steps = compileSteps(source, split);
    const [first, ...rest] = steps;
    if (!first) throw new Error(`Lexicon phrase "${source}" must start with a word`);
    const phrase: Phrase<T> = { source, value, rest };
    for (const word of first.exact) this.nodeFor(word).exact.push(phrase);
    for (const prefix of first.prefixes) this.nodeFor(prefix).prefix.push(phrase);
    for (const needle of first.contains) {
      const entry: ContainsEntry<T> = { needle, phrase, reportedIn: 0 };
      if (needle.length < 2) this.containsShort.push(entry);
      else {
        const pair = needle.slice(0, 2);
        this.containsByPair.set(pair, [...(this.containsByPair.get(pair) ?? []), entry]);
      }
    }
  }

  private nodeFor(key: string): TrieNode<T> {
    let node = this.root;
    for (const ch of key) {
      let next = node.children.get(ch);
      if (!next) {
        next = newNode();
        node.children.set(ch, next);
      }
      node = next;
    }
    return node;
  }
}

function newNode<T>(): TrieNode<T> {
  return { children: new Map(), exact: [], prefix: [] };
}

/** Index just past the match, or −1. Depth is bounded by the phrase length. */
function matchSteps(steps: readonly Step[], s: number, tokens: readonly string[], t: number): number {
  if (s === steps.length) return t;
  const step = steps[s];
  if (step === null) {
    for (let skip = 0; skip <= MAX_GAP && t + skip <= tokens.length; skip++) {
      if (skip > 0 && tokens[t + skip - 1] === BOUNDARY) break;
      const end = matchSteps(steps, s + 1, tokens, t + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[t];
  if (step === undefined || token === undefined || token === BOUNDARY) return -1;
  return wordMatches(step, token) ? matchSteps(steps, s + 1, tokens, t + 1) : -1;
}

function wordMatches(word: Word, token: string): boolean {
  if (word.exact.has(token)) return true;
  for (const prefix of word.prefixes) if (token.startsWith(prefix)) return true;
  for (const needle of word.contains) if (token.includes(needle)) return true;
  return false;
}

function compileSteps(source: string, split: WordSplitter): Step[] {
  const steps: Step[] = [];
  for (const written of source.trim().split(/\s+/)) {
    if (written === '_') {
      steps.push(null);
      continue;
    }
    const alternatives = written.split('|');
    const single = alternatives.length === 1 ? alternatives[0] : undefined;
    if (single !== undefined && !single.includes('*')) {
      // One plain word may be several tokens: "won't" → won t, Thai "ย้ายไป" → ย้าย ไป.
      for (const token of split(single)) steps.push({ exact: new Set([token]), prefixes: [], contains: [] });
      continue;
    }
    steps.push(compileWord(alternatives, split, source));
  }
  return steps;
}

function compileWord(alternatives: readonly string[], split: WordSplitter, source: string): Word {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const contains: string[] = [];
  for (const alternative of alternatives) {
    const isContains = alternative.startsWith('*') && alternative.endsWith('*') && alternative.length > 2;
    const isPrefix = !isContains && alternative.endsWith('*');
    const tokens = split(alternative.replace(/\*/g, ''));
    const [token] = tokens;
    if (tokens.length !== 1 || token === undefined) {
      throw new Error(`Lexicon phrase "${source}": "${alternative}" must be one token`);
    }
    if (isContains) contains.push(token);
    else if (isPrefix) prefixes.push(token);
    else exact.add(token);
  }
  return { exact, prefixes, contains };
}
