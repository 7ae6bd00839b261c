import type { FollowUp, FollowUpPatch } from '@pulse/shared/contracts';
import { THEMES, type Theme } from '@pulse/shared/followups';

/** What a person says the comment really is about. */
export interface Classified {
  themes: readonly Theme[];
  churnRisk: boolean;
}

/**
 * The change to send for a correction: only what differs from the follow-up (themes in
 * their usual order), or null when nothing does, so an unchanged form saves nothing.
 */
export function correctionPatch(
  item: Pick<FollowUp, 'themes' | 'churnRisk'>,
  chosen: Classified,
): Pick<FollowUpPatch, 'themes' | 'churnRisk'> | null {
  const themes = THEMES.filter((t) => chosen.themes.includes(t));
  const patch: Pick<FollowUpPatch, 'themes' | 'churnRisk'> = {};
  if (themes.join() !== THEMES.filter((t) => item.themes.includes(t)).join()) patch.themes = themes;
  if (chosen.churnRisk !== item.churnRisk) patch.churnRisk = chosen.churnRisk;
  return Object.keys(patch).length > 0 ? patch : null;
}
