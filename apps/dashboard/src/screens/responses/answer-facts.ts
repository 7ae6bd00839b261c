import type { Classification, ResponseItem } from '@pulse/shared/contracts';
import { THEMES, type Theme } from '@pulse/shared/followups';

/** One flag the classifier raised, with the comment's words that weighed most. */
export interface EvidenceRow {
  flag: 'churn' | Theme;
  words: readonly string[];
}

/** Why the classifier flagged the answer: churn first, then themes in their usual order. */
export function evidenceRows(classification: Classification | null): EvidenceRow[] {
  const evidence = classification?.evidence;
  if (!classification || !evidence) return [];
  const rows: EvidenceRow[] = [];
  if (classification.churnRisk && evidence.churn?.length) rows.push({ flag: 'churn', words: evidence.churn });
  for (const theme of THEMES) {
    const words = evidence.themes?.[theme];
    if (classification.themes.includes(theme) && words?.length) rows.push({ flag: theme, words });
  }
  return rows;
}

/** The respondent's traits as shown: sorted by key, values as text (null shown as empty). */
export function traitRows(answer: Pick<ResponseItem, 'respondent'>): { key: string; value: string }[] {
  return Object.entries(answer.respondent.traits ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => ({ key, value: value === null ? '' : String(value) }));
}
