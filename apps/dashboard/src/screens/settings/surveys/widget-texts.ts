/**
 * The widget's built-in texts, which show wherever a survey leaves a text out: the editor
 * shows them as placeholders. Read from the widget's own tables (zod-free), not restated.
 */
import type { Category } from '@pulse/shared/nps';
import { BUILT_IN, EN } from '@pulse/widget/strings';

/** Every text a survey can set, by a flat key: `followUp.detractor` is the detractors' "why?". */
export const TEXT_KEYS = [
  'question',
  'lowLabel',
  'highLabel',
  'followUp.detractor',
  'followUp.passive',
  'followUp.promoter',
  'commentPlaceholder',
  'submit',
  'thankYou.detractor',
  'thankYou.passive',
  'thankYou.promoter',
] as const;
export type TextKey = (typeof TEXT_KEYS)[number];

/** The only text a save requires in each language (the survey contract's rule). */
export const REQUIRED_TEXTS: readonly TextKey[] = ['question'];

/** Where each text shows: the preview step that displays it. */
export const STEP_OF: Record<TextKey, 'score' | 'followUp' | 'thankYou'> = {
  question: 'score',
  lowLabel: 'score',
  highLabel: 'score',
  'followUp.detractor': 'followUp',
  'followUp.passive': 'followUp',
  'followUp.promoter': 'followUp',
  commentPlaceholder: 'followUp',
  submit: 'followUp',
  'thankYou.detractor': 'thankYou',
  'thankYou.passive': 'thankYou',
  'thankYou.promoter': 'thankYou',
};

/** The languages the widget speaks on its own, in its order. */
export const WIDGET_LANGUAGES: readonly string[] = Object.keys(BUILT_IN);

/** The built-in text for a key in a language; English for a language the widget lacks. */
export function builtInText(language: string, key: TextKey): string {
  const strings = BUILT_IN[language] ?? EN;
  const [group, category] = key.split('.') as [string, Category | undefined];
  if (group === 'followUp' || group === 'thankYou') return strings[group][category!];
  return strings[key as 'question' | 'lowLabel' | 'highLabel' | 'commentPlaceholder' | 'submit'];
}
