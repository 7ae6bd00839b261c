import type { Category } from '../nps.js';
import type { Priority, Theme } from './vocabulary.js';

/** Themes that, from a very unhappy customer, mean money or the service itself is failing them. */
const CRITICAL_THEMES: readonly Theme[] = ['billing', 'reliability'];

/**
 * How soon someone should follow up, first rule that applies wins:
 *  1. urgent — the customer signals leaving (churn risk), whatever the score;
 *              or a score of 0–3 with a billing or reliability theme.
 *  2. high   — any other detractor with a score of 0–4; or a detractor (5–6)
 *              whose comment names a theme (from a detractor, a named topic
 *              is a complaint about it).
 *  3. normal — the remaining detractors: 5–6 without a recognised theme.
 *  4. low    — passives and promoters without churn risk.
 */
export function priorityOf(
  score: number,
  category: Category,
  themes: readonly Theme[],
  churnRisk: boolean,
): Priority {
  if (churnRisk) return 'urgent';
  if (score <= 3 && themes.some((theme) => CRITICAL_THEMES.includes(theme))) return 'urgent';
  if (category !== 'detractor') return 'low';
  if (score <= 4 || themes.length > 0) return 'high';
  return 'normal';
}
