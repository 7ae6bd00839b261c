import type { PublicSurveyConfig, SurveyTexts } from '@pulse/shared';
import { BUILT_IN_LANGUAGES } from './languages.js';
import type { WidgetStrings } from './strings.js';

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

const BUILT_IN_SET = new Set<string>(BUILT_IN_LANGUAGES);

export const languageOf = (tag: string): string => tag.split('-')[0] ?? tag;

/** `pt_br` or `PT-BR` → `pt-BR`-ish: lower-case language, rest as given. */
function normalizeTag(tag: string): string {
  const [language = '', ...rest] = tag.trim().replace(/_/g, '-').split('-');
  return [language.toLowerCase(), ...rest].join('-');
}

/**
 * The first hint the widget can speak: a locale the survey has texts for (exact,
 * then by language), else a built-in language; else the survey's default.
 */
export function chooseLocale(
  hints: readonly string[],
  surveyLocales: readonly string[],
  defaultLocale: string,
): string {
  const byLowerCase = new Map(surveyLocales.map((l) => [l.toLowerCase(), l]));
  for (const raw of hints) {
    const tag = normalizeTag(raw);
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/.test(tag)) continue;
    const language = languageOf(tag);
    const match = byLowerCase.get(tag.toLowerCase()) ?? byLowerCase.get(language);
    if (match) return match;
    if (BUILT_IN_SET.has(language)) return language;
  }
  return defaultLocale;
}

export const isRtl = (locale: string): boolean => RTL_LANGUAGES.has(languageOf(locale));

/** The built-in strings for the locale's language, overridden key by key by the survey's own texts. */
export function resolveStrings(
  locale: string,
  config: PublicSurveyConfig,
  base: WidgetStrings,
): WidgetStrings {
  const own: Partial<SurveyTexts> = config.texts[locale] ?? config.texts[languageOf(locale)] ?? {};
  return {
    ...base,
    ...definedOnly(own),
    followUp: { ...base.followUp, ...definedOnly(own.followUp ?? {}) },
    thankYou: { ...base.thankYou, ...definedOnly(own.thankYou ?? {}) },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<T>;
}
