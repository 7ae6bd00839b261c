import type { ResponseItem } from '@pulse/shared/contracts';

/**
 * The language an answer is written in: what the classifier read in the comment, else
 * the language the widget spoke (the only clue when there is no comment); null if neither.
 */
export function commentLanguageOf(answer: Pick<ResponseItem, 'locale' | 'classification'>): string | null {
  const detected = answer.classification?.language;
  return detected && detected !== 'und' ? detected : answer.locale;
}
