/** At most this many of the visitor's languages are considered (a browser lists a handful). */
const LANGUAGES_CONSIDERED = 8;

/** A primary language subtag: `ar`, `fil`; registered 5–8 letter ones are not used by browsers. */
const PRIMARY_SUBTAG = /^[a-z]{2,3}$/;

/**
 * The `lang` parameter the loader sends (`navigator.languages`, best first) as distinct
 * primary subtags: `ar-EG,ar,en-US` → `['ar', 'en']`. Entries that are no language
 * tag are skipped rather than refused: a site's odd `locale` trait must not stop its
 * survey from loading.
 */
export function visitorLanguages(param: string | undefined): string[] {
  const languages: string[] = [];
  for (const tag of (param ?? '').split(',')) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (PRIMARY_SUBTAG.test(language) && !languages.includes(language)) languages.push(language);
    if (languages.length === LANGUAGES_CONSIDERED) break;
  }
  return languages;
}

const primaryOf = (locale: string) => locale.toLowerCase().split('-')[0];

/**
 * The survey a visitor sees among a project's active ones, given newest change first:
 * for each of their languages in order, the most recently changed survey with texts in
 * it; else the most recently changed survey.
 */
export function surveyFor<S extends { texts: object }>(
  active: readonly S[],
  languages: readonly string[],
): S | undefined {
  for (const language of languages) {
    const speaking = active.find((s) =>
      Object.keys(s.texts).some((locale) => primaryOf(locale) === language),
    );
    if (speaking) return speaking;
  }
  return active[0];
}
