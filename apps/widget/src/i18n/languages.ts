/** Languages with built-in strings; kept apart from the tables so the UI bundle carries only the list. */
export const BUILT_IN_LANGUAGES = ['en', 'es', 'de', 'fr', 'pt', 'tl', 'th', 'lt', 'ar', 'ru'] as const;
