/**
 * The closed vocabularies of the classifier. They live here, free of zod, so
 * the hot path imports no schema library; `contracts/classification.ts` builds
 * its enums from these same arrays.
 */

/** Theme labels in their one stable output order. */
export const THEMES = [
  'price',
  'billing',
  'support',
  'reliability',
  'performance',
  'usability',
  'features',
  'delivery',
] as const;
export type Theme = (typeof THEMES)[number];

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Languages with a lexicon. */
export const LANGUAGES = ['en', 'es', 'de', 'fr', 'pt', 'tl', 'th', 'lt', 'ar', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What `language` may say: a supported language, or `und` when there is no text to judge. */
export const DETECTED_LANGUAGES = [...LANGUAGES, 'und'] as const;
export type DetectedLanguage = (typeof DETECTED_LANGUAGES)[number];

const SUPPORTED: ReadonlySet<string> = new Set(LANGUAGES);
export function isLanguage(value: string): value is Language {
  return SUPPORTED.has(value);
}
