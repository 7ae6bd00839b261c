import {
  type Category,
  type FollowUpChange,
  type FollowUpPatch,
  type Priority,
  priorityOf,
  priorityRank,
  THEMES,
  type Theme,
} from '@pulse/shared';
import type { FollowUpDoc } from '../../db/followup.js';
import { FOLLOW_UP_SLA_MS } from './opening.js';

type Classified = Extract<FollowUpChange, { type: 'classification' }>['from'];

/**
 * A person's correction of the classifier: the themes and churn flag they set,
 * the priority that follows from them by the same rules as at ingest (so the
 * queue order and the due time move with it), and the history entry recording
 * both sides, which `npm run admin -- export-labels` turns into training examples.
 * Null when the patch corrects nothing.
 */
export function correctionOf(
  current: FollowUpDoc,
  patch: Pick<FollowUpPatch, 'themes' | 'churnRisk'>,
): { set: Record<string, unknown>; change: FollowUpChange } | null {
  if (patch.themes === undefined && patch.churnRisk === undefined) return null;
  const from: Classified = {
    themes: current.themes as Theme[],
    churnRisk: current.churnRisk,
    priority: current.priority as Priority,
  };
  // Themes keep the vocabulary's order, as the classifier gives them.
  const themes = patch.themes ? THEMES.filter((t) => patch.themes!.includes(t)) : from.themes;
  const churnRisk = patch.churnRisk ?? from.churnRisk;
  const { score, category, answeredAt } = current.response as {
    score: number;
    category: Category;
    answeredAt: string;
  };
  const priority = priorityOf(score, category, themes, churnRisk);
  if (churnRisk === from.churnRisk && themes.join() === from.themes.join()) return null;
  return {
    set: {
      themes,
      churnRisk,
      priority,
      priorityRank: priorityRank(priority),
      dueAt: new Date(Date.parse(answeredAt) + FOLLOW_UP_SLA_MS[priority]),
    },
    change: { type: 'classification', from, to: { themes, churnRisk, priority } },
  };
}
