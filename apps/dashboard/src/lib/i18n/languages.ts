import { DASHBOARD_LANGUAGES, type DashboardLanguage } from '@pulse/shared/names';

export { DASHBOARD_LANGUAGES as LANGUAGES, type DashboardLanguage as Language };

/** The language the tables are written in first; every other table has exactly its keys. */
export const SOURCE_LANGUAGE: DashboardLanguage = 'en';

/** Each language in its own words, as a picker lists them (the same in every interface language). */
export const ENDONYMS: Record<DashboardLanguage, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  pt: 'Português',
  tl: 'Tagalog',
  th: 'ไทย',
  lt: 'Lietuvių',
  ar: 'العربية',
  ru: 'Русский',
};

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar']);

export const directionOf = (language: string): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr');

export const isLanguage = (value: unknown): value is DashboardLanguage =>
  (DASHBOARD_LANGUAGES as readonly unknown[]).includes(value);

/**
 * The first of the browser's languages the dashboard speaks (`pt-BR` → `pt`, `fil` →
 * `tl`: Filipino is standard Tagalog), else English.
 */
export function browserLanguage(preferred: readonly string[]): DashboardLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const language = base === 'fil' ? 'tl' : base;
    if (isLanguage(language)) return language;
  }
  return SOURCE_LANGUAGE;
}

/** Where this browser remembers the last language it showed (the workspace writes it). */
export const SAVED_LANGUAGE_KEY = 'pulse-language';

/** Before the session says what the member chose: the last one shown on this browser, else its languages. */
export function initialLanguage(
  storage: Pick<Storage, 'getItem'>,
  preferred: readonly string[],
): DashboardLanguage {
  const saved = storage.getItem(SAVED_LANGUAGE_KEY);
  return isLanguage(saved) ? saved : browserLanguage(preferred);
}
