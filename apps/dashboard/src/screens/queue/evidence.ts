import type { FollowUp, FollowUpHistoryEntry } from '@pulse/shared/contracts';
import { THEMES, type Theme } from '@pulse/shared/followups';

type Flag = 'churn' | Theme;

/**
 * One flag the card explains: churn or a theme, and the comment's words behind it, or for a flag a
 * person added in a correction, who added it (`addedBy`, an actor as the history names it).
 */
export type EvidenceRow = { flag: Flag; words: readonly string[] } | { flag: Flag; addedBy: string };

/**
 * Why the follow-up carries its flags ("flagged because…"): churn first, then themes in their usual
 * order, each in the comment's own words, or as added by the person whose correction last turned it
 * on. Only flags it still carries: a flag a person removed is no longer explained.
 */
export function evidenceOf(
  item: Pick<FollowUp, 'churnRisk' | 'themes' | 'response' | 'history'>,
): EvidenceRow[] {
  const evidence = item.response.classification?.evidence;
  const flags: Flag[] = [
    ...(item.churnRisk ? (['churn'] as const) : []),
    ...THEMES.filter((t) => item.themes.includes(t)),
  ];
  const rows: EvidenceRow[] = [];
  for (const flag of flags) {
    const words = flag === 'churn' ? evidence?.churn : evidence?.themes?.[flag];
    const addedBy = addedIn(item.history, flag);
    if (addedBy !== undefined) rows.push({ flag, addedBy });
    else if (words?.length) rows.push({ flag, words });
  }
  return rows;
}

/** The actor of the last correction that turned `flag` on, if a correction did. */
function addedIn(history: readonly FollowUpHistoryEntry[], flag: Flag): string | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i]!;
    if (entry.change.type !== 'classification') continue;
    const { from, to } = entry.change;
    const on = (c: typeof from) => (flag === 'churn' ? c.churnRisk : c.themes.includes(flag));
    if (on(to) && !on(from)) return entry.actor;
    if (on(from) !== on(to)) return undefined;
  }
  return undefined;
}
