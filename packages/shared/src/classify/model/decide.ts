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
 * its threshold, or when the rules found its cue (a leave cue not negated, a
 * theme's word outside a barred clause) and its probability reaches the lower
 * cue floor. So a cue the model has never seen in that company still counts,
 * and the model can still overrule a cue it is nearly sure about ("was tempted
 * to cancel but glad I didn't").
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
