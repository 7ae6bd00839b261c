import { findHits, type Hit } from './hits.js';
import type { CompiledLexicon, Signal } from './lexicon.js';
import { isNegated } from './negation.js';
import { BOUNDARY } from './tokenize.js';
import { THEMES } from './vocabulary.js';
import { SCOPE_BREAKER, wordClasses } from './word-classes.js';

/**
 * What the rules make of a tokenized comment before the model weighs it:
 * lexicon hits, which tokens a negator governs, and which clauses may not
 * name a theme. A clause ends at punctuation or at a conjunction such as
 * "but" (the lexicon's scope breakers). It names no theme when it says a
 * problem is over ("the billing issue got fixed") or when it says an aspect
 * is fine while another clause complains ("price is ok, but support…").
 */
export interface Reading {
  readonly tokens: readonly string[];
  /** Each token's word classes (word-classes.ts). */
  readonly classes: Uint8Array;
  readonly hits: readonly Hit[];
  /** 1 where a negator governs the token. */
  readonly negated: Uint8Array;
  /** 1 where the token's clause may not name a theme. */
  readonly themeVetoed: Uint8Array;
  /** The clause of each token, counting from 0. */
  readonly clauses: Uint16Array;
  /** 1 where the token is part of a churn phrase ("close my account", "last payment"): it speaks of leaving, not of a topic. */
  readonly inChurnPhrase: Uint8Array;
  /** The theme hits that name a topic: outside barred clauses and churn phrases. */
  readonly themeCues: readonly Hit[];
  /**
   * Themes (as output numbers, theme t being t + 1) cued together in one clause, some of them
   * nowhere alone: one complaint, one theme, so of those only the strongest keeps its cue.
   */
  readonly contested: readonly (readonly number[])[];
  /** The outputs (bit o for output o) of themes cued alone in some complaint: they keep their cue. */
  readonly cuedAlone: number;
  /** The first churn cue that counts: a leave cue not negated, or a stay cue negated. */
  readonly churnCue: Hit | undefined;
}

/**
 * `praises` is true for a promoter's answer: praise of one aspect beside another
 * is then praise of both, not the "fine, but…" that leaves only the complaint.
 */
export function readTokens(tokens: readonly string[], lexicon: CompiledLexicon, praises: boolean): Reading {
  const classes = wordClasses(tokens, lexicon);
  const negated = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== BOUNDARY && isNegated(tokens, classes, i, i + 1, lexicon)) negated[i] = 1;
  }
  const clauses = clauseIds(tokens, classes);
  const hits = spreadNegation(
    pastLeaving(
      circumstances(
        resolveTopics(topicsOverLeaving(findHits(tokens, classes, lexicon)), clauses, tokens),
        tokens,
        clauses,
        lexicon,
      ),
      tokens,
      lexicon,
    ),
    tokens,
    lexicon,
  );
  const themeVetoed = vetoedTokens(
    clauses,
    hits,
    praises,
    (hit) =>
      isWished(hit, tokens, clauses, lexicon) ||
      isInability(hit, tokens, clauses, lexicon) ||
      isDenied(hit, tokens, hits, lexicon),
  );
  const inChurnPhrase = new Uint8Array(tokens.length);
  for (const hit of hits) {
    if (hit.signal.kind === 'leave' || hit.signal.kind === 'stay') inChurnPhrase.fill(1, hit.start, hit.end);
  }
  const themeCues = hits.filter(
    (h) => h.signal.kind === 'theme' && themeVetoed[h.start] === 0 && inChurnPhrase[h.start] === 0,
  );
  return {
    tokens,
    classes,
    hits,
    negated,
    themeVetoed,
    clauses,
    inChurnPhrase,
    themeCues,
    ...contestedThemes(themeCues, complaintsOf(clauses, themeCues)),
    churnCue: hits.find(
      (h) => (h.signal.kind === 'leave' && !h.negated) || (h.signal.kind === 'stay' && h.negated),
    ),
  };
}

/**
 * The complaint of each token, for "one complaint, one theme": its clause, except that a topic
 * written with a clitic "and" begins one of its own ("السعر مرتفع والدعم ضعيف" is two).
 */
function complaintsOf(clauses: Uint16Array, themeCues: readonly Hit[]): ArrayLike<number> {
  const splits = new Set(themeCues.filter((h) => h.afterClitic && h.start > 0).map((h) => h.start));
  if (splits.size === 0) return clauses;
  const ids: number[] = [];
  let extra = 0;
  for (let i = 0; i < clauses.length; i++) {
    if (splits.has(i) && clauses[i - 1] === clauses[i]) extra++;
    ids[i] = (clauses[i] ?? 0) + extra;
  }
  return ids;
}

/**
 * The themes of each complaint naming several, when one of them stands alone nowhere: "the app
 * crashes when I pay" is one reliability complaint, and so is "the game hangs on loading, I have
 * to restart" beside a reliability complaint of its own.
 */
function contestedThemes(
  themeCues: readonly Hit[],
  complaints: ArrayLike<number>,
): { contested: number[][]; cuedAlone: number } {
  const byComplaint = new Map<number, Set<number>>();
  for (const hit of themeCues) {
    if (hit.signal.kind !== 'theme') continue;
    const complaint = complaints[hit.start] ?? 0;
    byComplaint.set(complaint, (byComplaint.get(complaint) ?? new Set()).add(hit.signal.bit + 1));
  }
  let cuedAlone = 0;
  for (const outputs of byComplaint.values())
    if (outputs.size === 1) for (const o of outputs) cuedAlone |= 1 << o;
  const contested: number[][] = [];
  for (const outputs of byComplaint.values()) {
    if (outputs.size > 1 && [...outputs].some((o) => (cuedAlone & (1 << o)) === 0))
      contested.push([...outputs]);
  }
  return { contested, cuedAlone };
}

function clauseIds(tokens: readonly string[], classes: Uint8Array): Uint16Array {
  const ids = new Uint16Array(tokens.length);
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? BOUNDARY;
    if (token === BOUNDARY || (i > 0 && (classes[i] ?? 0) & SCOPE_BREAKER)) clause++;
    ids[i] = clause;
  }
  return ids;
}

const PERFORMANCE_BIT = THEMES.indexOf('performance');
const PERFORMANCE: Signal = { kind: 'theme', bit: PERFORMANCE_BIT };
const DELIVERY_BIT = THEMES.indexOf('delivery');
const DELIVERY: Signal = { kind: 'theme', bit: DELIVERY_BIT };
const FEATURES_BIT = THEMES.indexOf('features');
const FEATURES: Signal = { kind: 'theme', bit: FEATURES_BIT };
const RELIABILITY: Signal = { kind: 'theme', bit: THEMES.indexOf('reliability') };
const WAITED_ON = new Set([THEMES.indexOf('support'), THEMES.indexOf('delivery')]);

/**
 * One complaint, one theme. Slowness and delays are a performance complaint
 * unless their clause says what kept the customer waiting ("support took ages
 * to reply", "slow delivery", "the refund took a month"); damage is a reliability complaint unless the
 * comment speaks of a delivery ("the parcel came late, and the box was crushed"); a wish is a feature
 * request unless its clause names what is wished for ("wish it were cheaper"
 * is price; a wish that ends its clause reaches into the next one: "wäre schön,
 * wenn der Support…"), and the praise word inside it ("would be great if") is no praise.
 */
function resolveTopics(hits: Hit[], clauses: Uint16Array, tokens: readonly string[]): Hit[] {
  const waitedOn = new Set<number>();
  const delivered = new Set<number>();
  const named = new Set<number>();
  const namedElse = new Set<number>();
  /** Clauses naming a topic other than performance. */
  const topical = new Set<number>();
  let resolvable = false;
  for (const hit of hits) {
    const kind = hit.signal.kind;
    if (kind === 'delay' || kind === 'damage' || kind === 'wish' || kind === 'arrival') resolvable = true;
    if (hit.signal.kind !== 'theme') continue;
    const clause = clauses[hit.start] ?? 0;
    if (WAITED_ON.has(hit.signal.bit)) waitedOn.add(clause);
    if (hit.signal.bit === DELIVERY_BIT) delivered.add(clause);
    else namedElse.add(clause);
    if (hit.signal.bit !== FEATURES_BIT) named.add(clause);
    if (hit.signal.bit !== PERFORMANCE_BIT) topical.add(clause);
  }
  if (waitedOn.size === 0 && !resolvable) return hits;
  const wishes = hits.filter((hit) => hit.signal.kind === 'wish');
  const worded = wordedClauses(tokens, clauses);
  // "Привёз на следующий день, быстро": a clause of a word or two of speed alone speaks of the
  // waited-on clause (support, delivery) before it.
  const describes = (clause: number) =>
    !topical.has(clause) &&
    wordsIn(tokens, clauses, clause) <= 2 &&
    waitedOn.has(worded[worded.indexOf(clause) - 1] ?? -1);
  return hits.flatMap((hit) => {
    const clause = clauses[hit.start] ?? 0;
    const kind = hit.signal.kind;
    if (kind === 'damage') return delivered.size > 0 ? [] : [{ ...hit, signal: RELIABILITY }];
    if (kind === 'arrival') return namedElse.has(clause) ? [] : [{ ...hit, signal: DELIVERY }];
    if (kind === 'wish') {
      const endsClause = tokens[hit.end] === BOUNDARY;
      return named.has(clause) || (endsClause && named.has(clause + 1)) ? [] : [{ ...hit, signal: FEATURES }];
    }
    if (kind === 'fine' && wishes.some((w) => w.start < hit.end && hit.start < w.end)) return [];
    const slowness = kind === 'delay' || (hit.signal.kind === 'theme' && hit.signal.bit === PERFORMANCE_BIT);
    if (!slowness) return [hit];
    if (waitedOn.has(clause) || describes(clause)) return [];
    return kind === 'delay' ? [{ ...hit, signal: PERFORMANCE }] : [hit];
  });
}

/** How far before a topic a word of circumstance reaches: "mitten in der Überweisung". */
const CIRCUMSTANCE_REACH = 3;
const MALFUNCTION = new Set([THEMES.indexOf('reliability'), PERFORMANCE_BIT]);

/**
 * "The app crashes while I pay", "легло при оплате", "beim Bezahlen abgestürzt": one complaint,
 * the crash; the topic after a word of circumstance is only where it happened.
 */
function circumstances(
  hits: Hit[],
  tokens: readonly string[],
  clauses: Uint16Array,
  lexicon: CompiledLexicon,
): Hit[] {
  if (lexicon.circumstances.size === 0) return hits;
  const malfunctioning = new Set<number>();
  for (const hit of hits) {
    if (hit.signal.kind === 'theme' && MALFUNCTION.has(hit.signal.bit))
      malfunctioning.add(clauses[hit.start] ?? 0);
  }
  if (malfunctioning.size === 0) return hits;
  const worded = wordedClauses(tokens, clauses);
  return hits.filter((hit) => {
    if (hit.signal.kind !== 'theme' || MALFUNCTION.has(hit.signal.bit)) return true;
    const clause = clauses[hit.start] ?? 0;
    // "When I pay, the app crashes", "нажимаю оплатить и белый экран": the crash may end the clause
    // of the circumstance or begin the one next to it.
    const at = worded.indexOf(clause);
    const near = [clause, worded[at - 1] ?? -1, worded[at + 1] ?? -1, worded[at + 2] ?? -1];
    if (!near.some((c) => malfunctioning.has(c))) return true;
    for (
      let i = hit.start - 1;
      i >= Math.max(0, hit.start - CIRCUMSTANCE_REACH) && clauses[i] === clause;
      i--
    ) {
      if (lexicon.circumstances.has(tokens[i] ?? '')) return false;
    }
    return true;
  });
}

function wordsIn(tokens: readonly string[], clauses: Uint16Array, clause: number): number {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) if (clauses[i] === clause && tokens[i] !== BOUNDARY) words++;
  return words;
}

/** The clauses holding a word, in order. */
function wordedClauses(tokens: readonly string[], clauses: Uint16Array): number[] {
  const worded: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const clause = clauses[i] ?? 0;
    if (tokens[i] !== BOUNDARY && worded[worded.length - 1] !== clause) worded.push(clause);
  }
  return worded;
}

/**
 * "Cancellation fee", "ค่ายกเลิก", "delivery fee": a leaving word, or another topic's word, inside a
 * longer topic phrase speaks of that topic.
 */
function topicsOverLeaving(hits: Hit[]): Hit[] {
  const phrases = hits.filter((h) => h.signal.kind === 'theme' && h.end - h.start > 1);
  if (phrases.length === 0) return hits;
  const inside = (hit: Hit, t: Hit) =>
    t.start <= hit.start && hit.end <= t.end && t.end - t.start > hit.end - hit.start;
  return hits.filter((hit) => {
    const kind = hit.signal.kind;
    if (kind === 'leave' || kind === 'stay') return !phrases.some((t) => inside(hit, t));
    if (hit.signal.kind !== 'theme') return true;
    const bit = hit.signal.bit;
    return !phrases.some((t) => t.signal.kind === 'theme' && t.signal.bit !== bit && inside(hit, t));
  });
}

const DIGITS = /^\p{N}+$/u;

/** How far before a leave cue an "after" or "almost" makes it past: "after I cancelled", "nach der Kündigung". */
const AFTER_REACH = 3;

/** Leaving told as past or almost ("charged after I cancelled my trial", "nearly cancelled") is not a threat: it counts as negated. */
function pastLeaving(hits: Hit[], tokens: readonly string[], lexicon: CompiledLexicon): Hit[] {
  return hits.map((hit) => {
    if (hit.signal.kind !== 'leave' || hit.negated) return hit;
    for (let i = hit.start - 1; i >= Math.max(0, hit.start - AFTER_REACH); i--) {
      const token = tokens[i] ?? BOUNDARY;
      if (token === BOUNDARY) break;
      // "After 6 years I'm out", "после 2 лет": an after word before a number is a length of time.
      if (lexicon.after.has(token) && !DIGITS.test(tokens[i + 1] ?? '')) return { ...hit, negated: true };
    }
    return hit;
  });
}

/**
 * A churn cue overlapping a negated one of its kind is negated too: in "not
 * going to switch to another tool" the negator is too far from "another tool"
 * to govern it, but the phrase around it is negated. A phrase written with the
 * negator in it ("reason not to leave") is not negated by its own negator.
 */
function spreadNegation(hits: Hit[], tokens: readonly string[], lexicon: CompiledLexicon): Hit[] {
  const negatedCues = hits.filter(
    (h) => h.negated && (h.signal.kind === 'leave' || h.signal.kind === 'stay'),
  );
  if (negatedCues.length === 0) return hits;
  return hits.map((hit) => {
    if (hit.negated || (hit.signal.kind !== 'leave' && hit.signal.kind !== 'stay')) return hit;
    const covered = negatedCues.some(
      (n) =>
        n.signal.kind === hit.signal.kind &&
        n.start < hit.end &&
        hit.start < n.end &&
        !tokens.slice(hit.start, n.start).some((t) => lexicon.negators.has(t)),
    );
    return covered ? { ...hit, negated: true } : hit;
  });
}

const FINE = 1;
const SOLVED = 2;
const COMPLAINS = 4;
const HELPER = 1;
const TOPIC = 2;
const SUPPORT_BIT = THEMES.indexOf('support');

function vetoedTokens(
  clauses: Uint16Array,
  hits: readonly Hit[],
  praises: boolean,
  unsettled: (hit: Hit) => boolean,
): Uint8Array {
  const count = clauses.length === 0 ? 0 : (clauses[clauses.length - 1] ?? 0) + 1;
  const marks = new Uint8Array(count);
  /** 1 where the clause names support, 2 where it names another topic. */
  const named = new Uint8Array(count);
  const fineWords = hits.filter((h) => h.signal.kind === 'fine');
  const themeWords = hits.filter((h) => h.signal.kind === 'theme');
  const leaving = hits.filter((h) => h.signal.kind === 'leave' || h.signal.kind === 'stay');
  for (const hit of hits) {
    const clause = clauses[hit.start] ?? 0;
    const signal = hit.signal;
    if (signal.kind === 'fine' && !hit.negated) marks[clause] = (marks[clause] ?? 0) | FINE;
    // "ya no funciona", "doesn't load anymore": a "no longer" that shares words with a complaint's phrase
    // solves nothing; one in the gap of a phrase ("stürzt nicht mehr ab") or beside one word still does.
    else if (
      signal.kind === 'solved' &&
      !hit.negated &&
      !themeWords.some((t) => sharesWords(t, hit)) &&
      // "or I'm gone": a word of leaving solves nothing.
      !leaving.some((l) => overlaps(l, hit)) &&
      !unsettled(hit)
    )
      marks[clause] = (marks[clause] ?? 0) | SOLVED;
    // "fixed it fast": a word that says how well it went ("fast") names no topic of its own here.
    else if (signal.kind === 'theme' && !fineWords.some((f) => overlaps(f, hit)))
      named[clause] = (named[clause] ?? 0) | (signal.bit === SUPPORT_BIT ? HELPER : TOPIC);
  }
  // "Had an invoice problem, they fixed it fast": a solved clause naming no topic solves the clause before
  // it, unless that one praises ("Ana from support was amazing, solved it in one chat").
  for (let clause = count - 1; clause > 0; clause--) {
    const before = marks[clause - 1] ?? 0;
    if ((marks[clause] ?? 0) & SOLVED && ((named[clause] ?? 0) & TOPIC) === 0 && (before & FINE) === 0) {
      marks[clause - 1] = before | SOLVED;
    }
  }
  // "Refunded the double charge, ok, but the new tier is too expensive": a lone "ok" after a clause
  // says that clause is fine.
  let complaintAfter = false;
  for (let clause = count - 1; clause > 0; clause--) {
    if (complaintAfter && (marks[clause] ?? 0) & FINE && (named[clause] ?? 0) === 0)
      marks[clause - 1] = (marks[clause - 1] ?? 0) | FINE;
    if ((named[clause] ?? 0) !== 0 && ((marks[clause] ?? 0) & (FINE | SOLVED)) === 0) complaintAfter = true;
  }
  // "The lady on the phone sorted everything in five minutes": who solved it is praised, so named unless
  // another clause complains ("support solved my login issue, but the settings page is a maze").
  for (let clause = 0; clause < count; clause++) {
    const mark = marks[clause] ?? 0;
    if (mark & SOLVED && named[clause] === HELPER) marks[clause] = (mark & ~SOLVED) | FINE;
  }
  let someoneComplains = false;
  for (const hit of hits) {
    const clause = clauses[hit.start] ?? 0;
    if (hit.signal.kind === 'theme' && ((marks[clause] ?? 0) & (FINE | SOLVED)) === 0) {
      marks[clause] = (marks[clause] ?? 0) | COMPLAINS;
      someoneComplains = true;
    }
  }
  const vetoed = new Uint8Array(clauses.length);
  for (let i = 0; i < clauses.length; i++) {
    const mark = marks[clauses[i] ?? 0] ?? 0;
    if (mark & SOLVED || (mark & FINE && someoneComplains && !praises)) vetoed[i] = 1;
  }
  return vetoed;
}

/** "If the outage isn't fixed by Friday…", "si no lo arreglan": a fix the customer still waits for solves nothing. */
function isWished(
  hit: Hit,
  tokens: readonly string[],
  clauses: Uint16Array,
  lexicon: CompiledLexicon,
): boolean {
  const clause = clauses[hit.start];
  for (let i = hit.start - 1; i >= 0 && clauses[i] === clause; i--) {
    if (lexicon.conditionals.has(tokens[i] ?? '')) return true;
  }
  return false;
}

/** "The refund never arrived", "el reembolso nunca llegó": a topic the phrase names, then a negator inside it. */
function isDenied(
  hit: Hit,
  tokens: readonly string[],
  hits: readonly Hit[],
  lexicon: CompiledLexicon,
): boolean {
  for (let k = hit.start + 1; k < hit.end; k++) {
    if (!lexicon.negators.has(tokens[k] ?? '')) continue;
    if (hits.some((t) => t.signal.kind === 'theme' && hit.start <= t.start && t.end <= k)) return true;
  }
  return false;
}

/** How far from a "no longer" a modal makes it an inability: "kann ich nicht mehr", "ya no puedo". */
const MODAL_REACH = 3;

/**
 * "I can no longer justify the cost", "ne peux plus", "больше не могу": a "no longer" (a solved
 * phrase with its own negator) beside a modal says the customer can't; nothing is solved.
 */
function isInability(
  hit: Hit,
  tokens: readonly string[],
  clauses: Uint16Array,
  lexicon: CompiledLexicon,
): boolean {
  if (lexicon.modals.size === 0) return false;
  let ceases = false;
  for (let i = hit.start; i < hit.end; i++) if (lexicon.negators.has(tokens[i] ?? '')) ceases = true;
  if (!ceases) return false;
  const clause = clauses[hit.start];
  const from = Math.max(0, hit.start - MODAL_REACH);
  const to = Math.min(tokens.length, hit.end + MODAL_REACH);
  for (let i = from; i < to; i++) {
    if (clauses[i] === clause && lexicon.modals.has(tokens[i] ?? '')) return true;
  }
  return false;
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a phrase of several words shares some with another hit: a phrase never begins or ends with a gap. */
function sharesWords(phrase: Hit, hit: Hit): boolean {
  const edge = phrase.start === hit.start || phrase.end === hit.end;
  return phrase.end - phrase.start > 1 && edge && overlaps(phrase, hit);
}
