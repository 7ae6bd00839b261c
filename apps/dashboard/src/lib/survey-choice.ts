import type { Survey } from '@pulse/shared/contracts';

/** localStorage key of the survey last chosen, shared by the overview and the explorer. */
export const SURVEY_KEY = 'pulse-survey';

/**
 * Which survey a screen that shows one starts on: the first of `preferred` that exists
 * (the address's, the one chosen last), else the oldest live survey — the one with
 * answers, not a draft just created (the API lists newest first) — else the oldest.
 */
export function startingSurvey(
  surveys: readonly Survey[],
  ...preferred: (string | null | undefined)[]
): string {
  for (const id of preferred) if (id && surveys.some((s) => s.id === id)) return id;
  const oldestFirst = [...surveys].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (oldestFirst.find((s) => s.status === 'active') ?? oldestFirst[0]!).id;
}
