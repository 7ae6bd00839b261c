/** Probabilities at or above which outputs are on, and how far the rules' cues may lower them. */
export interface DecisionSettings {
  /** Per output: churn, then the themes in THEMES order. */
  readonly thresholds: ArrayLike<number>;
  /** An output the rules' lexicon found a cue for is on from this probability. */
  readonly cueFloors: ArrayLike<number>;
}

/**
 * How the model's logits and the rules combine into decisions, output 0 being
 * churn and the rest the themes: an output is on when its probability reaches
 * its threshold, or when the rules found its cue and its probability reaches
 * the lower cue floor. The floors are 0.02: a leave cue the rules read as a
 * present threat (not negated, not past, not "almost") flags churn, and a
 * theme's word outside a barred clause its theme, unless the model is nearly
 * sure it is wrong ("refund for the cancelled flight"); the model adds the
 * indirect ways of leaving and the topics the lexicons have no word for.
 */
export function decide(
  logits: ArrayLike<number>,
  cues: ArrayLike<boolean>,
  settings: DecisionSettings,
): boolean[] {
  const decisions: boolean[] = [];
  for (let o = 0; o < logits.length; o++) {
    const p = 1 / (1 + Math.exp(-(logits[o] ?? 0)));
    const floor = cues[o] === true ? (settings.cueFloors[o] ?? 1) : 1;
    decisions.push(p >= Math.min(settings.thresholds[o] ?? 0.5, floor));
  }
  return decisions;
}

/**
 * Of themes cued together in one clause, only the one the model finds strongest
 * keeps its cue, besides those cued alone elsewhere (`keep`, bit o for output o);
 * the others need the full threshold. "The app crashes when I pay" is one
 * reliability complaint, not billing too.
 */
export function keepStrongestCue(
  contested: readonly (readonly number[])[],
  logits: ArrayLike<number>,
  cues: boolean[],
  keep = 0,
): void {
  for (const group of contested) {
    let strongest = group[0] ?? 0;
    for (const o of group) if ((logits[o] ?? 0) > (logits[strongest] ?? 0)) strongest = o;
    for (const o of group) if (o !== strongest && (keep & (1 << o)) === 0) cues[o] = false;
  }
}
