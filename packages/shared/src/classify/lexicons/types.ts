import type { Language, Theme } from '../vocabulary.js';

/**
 * One language's words, written by hand in the phrase language of
 * `../phrases.ts`. Entries are normalized (case, accents, Arabic letter
 * variants) when compiled, so write them as people spell them.
 */
export interface LexiconDef {
  readonly language: Language;
  /** Frequent function words that tell this language from other Latin-script ones. */
  readonly stopwords: readonly string[];
  /** Letters that mostly this language uses (before accents are folded): "ėįųū", "ñ", "ãõ". */
  readonly letters?: string;
  /** Single tokens that negate a churn cue shortly after them ("not", "no", "nicht"). */
  readonly negators: readonly string[];
  /** Negators that follow the verb ("ich kündige nicht", "je résilie pas"). */
  readonly negatorsAfter?: readonly string[];
  /** Negation fused onto the verb (Lithuanian "ne-", "nebe-"). */
  readonly negationPrefixes?: readonly string[];
  /** Conjunctions written onto the next word (Arabic و, ف: "ومو واضح"): a word is also matched without them. */
  readonly clitics?: readonly string[];
  /**
   * "while", "beim", "при": a topic right after one is where a malfunction happened ("crashes
   * while I pay", "легло при оплате"), not a complaint of its own, when its clause names the crash.
   */
  readonly circumstances?: readonly string[];
  /** "if", "si", "wenn": a negator right after one belongs to the condition, not the cue. */
  readonly conditionals: readonly string[];
  /**
   * Words that make a leave cue right after them past, hypothetical or someone else's, not the
   * customer's threat: "charged after I cancelled", "almost cancelled", "was tempted to switch",
   * "wollte kündigen", "the driver cancelled", "o motorista cancelou".
   */
  readonly after: readonly string[];
  /** Conjunctions that end a negation's reach ("but", "because", "so"). */
  readonly scopeBreakers: readonly string[];
  /** Saying these means leaving, unless negated: cancel, switch to a competitor, unsubscribe. */
  readonly leave: readonly string[];
  /** Saying these negated means leaving: (not) renew, (won't) stay, (never) use again. */
  readonly stay: readonly string[];
  /**
   * Saying an aspect is fine ("price is ok", "support was lovely"). A clause with one
   * names no theme when another clause of the comment complains: that is the real topic.
   */
  readonly fine: readonly string[];
  /** Saying a problem is over ("got fixed", "no longer"): a clause with one names no theme. */
  readonly solved: readonly string[];
  /**
   * "can", "puedo", "могу": beside a "no longer" they make it an inability, a complaint
   * ("I can no longer justify the cost", "ya no puedo entrar"), not a problem that is over.
   */
  readonly modals?: readonly string[];
  readonly themes: Readonly<Record<Theme, readonly string[]>>;
  /**
   * Taking long ("took forever", "tarda"): performance, unless its clause names support
   * or delivery, whose slowness it then describes ("support took ages to reply").
   */
  readonly delays: readonly string[];
  /**
   * Broken, damaged or vanished ("roto", "kaputt", "disappeared", "пропал"): reliability, unless the
   * comment speaks of a delivery (a damaged or lost parcel).
   */
  readonly damage: readonly string[];
  /**
   * Wishing or missing ("would be great if", "ojalá", "wäre schön", "fehlt", "falta"): a feature
   * request, unless its clause names another topic, which is then what is wished for or missing
   * ("wish it were cheaper" is price, "auf den Quittungen fehlt die USt-ID" billing).
   */
  readonly wishes: readonly string[];
  /**
   * Arriving ("arrived", "llegó", "пришло"): a delivery, unless its clause names another topic,
   * which is then what arrived ("the refund never arrived" is billing, "notifications arrive late" reliability).
   */
  readonly arrivals?: readonly string[];
  /** A lexicon whose phrases also apply: Tagalog comments mix in English ("Taglish"). */
  readonly borrows?: LexiconDef;
  /** Tokens a negator may stand before its cue (default 4). */
  readonly negationWindow?: number;
}
