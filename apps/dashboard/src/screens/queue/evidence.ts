import type { FollowUp } from '@pulse/shared/contracts';
import { THEMES, type Theme } from '@pulse/shared/followups';

/** One flag the card explains: churn or a theme, and the comment's words behind it. */
export interface EvidenceRow {
  flag: 'churn' | Theme;
  words: readonly string[];
}

/**
 * Why the follow-up carries its flags, in the comment's own words ("flagged because…"):
 * churn first, then themes in their usual order. Only flags it still carries: a flag a
 * person removed is no longer explained, one they added has no words from the classifier.
 */
export function evidenceOf(item: Pick<FollowUp, 'churnRisk' | 'themes' | 'response'>): EvidenceRow[] {
  const evidence = item.response.classification?.evidence;
  if (!evidence) return [];
  const rows: EvidenceRow[] = [];
  if (item.churnRisk && evidence.churn?.length) rows.push({ flag: 'churn', words: evidence.churn });
  for (const theme of THEMES) {
    const words = evidence.themes?.[theme];
    if (item.themes.includes(theme) && words?.length) rows.push({ flag: theme, words });
  }
  return rows;
}
