import type { SurveyLook, SurveyTexts } from '@pulse/shared/contracts';
import { BUILT_IN_LANGUAGES } from './languages.js';
import type { WidgetStrings } from './strings.js';

const RTL_LANGUAGES = ['ar', 'he', 'fa', 'ur'];

/** `pt-BR` → `pt`; tags are compared lower-case, `pt_br` being read as `pt-br`. */
export const languageOf = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The first hint the widget can speak: a locale the survey has texts for (exact,
 * then by language), else a built-in language; else the survey's default.
 */
export function chooseLocale(
  hints: readonly string[],
  surveyLocales: readonly string[],
  defaultLocale: string,
): string {
  const lower = (tag: string) => tag.toLowerCase().replace(/_/g, '-');
  for (const hint of hints) {
    const tag = lower(hint);
    const language = languageOf(tag);
    const match =
      surveyLocales.find((l) => lower(l) === tag) ?? surveyLocales.find((l) => lower(l) === language);
    if (match) return match;
    if ((BUILT_IN_LANGUAGES as readonly string[]).includes(language)) return language;
  }
  return defaultLocale;
}

export const isRtl = (locale: string): boolean => RTL_LANGUAGES.includes(languageOf(locale));

/** The built-in strings for the locale's language, overridden key by key by the survey's own texts. */
export function resolveStrings(locale: string, config: SurveyLook, base: WidgetStrings): WidgetStrings {
  const own: Partial<SurveyTexts> = config.texts[locale] ?? config.texts[languageOf(locale)] ?? {};
  return {
    ...base,
    ...definedOnly(own),
    followUp: { ...base.followUp, ...definedOnly(own.followUp ?? {}) },
    thankYou: { ...base.thankYou, ...definedOnly(own.thankYou ?? {}) },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v)) as Partial<T>;
}
