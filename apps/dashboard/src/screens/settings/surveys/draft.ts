/**
 * The editor's draft of a survey: every text as a string ('' = the built-in one), and
 * how it becomes a save (create or patch) and a preview request. Pure, so tested alone.
 */
import type {
  Appearance,
  PreviewRequest,
  Survey,
  SurveyCreate,
  SurveyPatch,
  SurveyTexts,
  Throttle,
} from '@pulse/shared/contracts';
import { CATEGORIES, type Category } from '@pulse/shared/nps';
import { isHexColour } from './contrast.js';
import { REQUIRED_TEXTS, TEXT_KEYS, type TextKey } from './widget-texts.js';

export type DraftTexts = Record<TextKey, string>;

export interface Draft {
  name: string;
  status: Survey['status'];
  defaultLocale: string;
  /** The survey's languages, in the order they were added. */
  languages: string[];
  texts: Record<string, DraftTexts>;
  throttle: Throttle;
  appearance: Appearance;
  thankYouLinks: Record<Category, string>;
}

/** The contract's defaults (packages/shared survey.ts), for a survey not saved yet. */
const DEFAULT_THROTTLE: Throttle = {
  minDaysBetweenAsks: 90,
  minDaysAfterDismiss: 180,
  sampleRate: 1,
  delayAfterFirstSeenSeconds: 0,
  minPageViews: 0,
  urlInclude: [],
  urlExclude: [],
};
const DEFAULT_APPEARANCE: Appearance = { brandColor: '#4f46e5', position: 'bottom-right' };

export const blankTexts = (): DraftTexts => Object.fromEntries(TEXT_KEYS.map((k) => [k, ''])) as DraftTexts;

/** A new survey in one language, paused until someone publishes it. */
export const newDraft = (language: string): Draft => ({
  name: '',
  status: 'paused',
  defaultLocale: language,
  languages: [language],
  texts: { [language]: blankTexts() },
  throttle: { ...DEFAULT_THROTTLE },
  appearance: { ...DEFAULT_APPEARANCE },
  thankYouLinks: { detractor: '', passive: '', promoter: '' },
});

function flatten(texts: Partial<SurveyTexts>): DraftTexts {
  const flat = blankTexts();
  for (const key of TEXT_KEYS) {
    const [group, category] = key.split('.') as [keyof SurveyTexts, Category | undefined];
    const value = texts[group];
    if (typeof value === 'string') flat[key] = value;
    else if (value && category) flat[key] = value[category] ?? '';
  }
  return flat;
}

/** A saved survey as a draft; `name` given for a copy of it. */
export function draftOf(survey: Survey, name = survey.name): Draft {
  const languages = Object.keys(survey.texts);
  return {
    name,
    status: survey.status,
    defaultLocale: survey.defaultLocale,
    languages,
    texts: Object.fromEntries(languages.map((l) => [l, flatten(survey.texts[l]!)])),
    throttle: { ...survey.throttle },
    appearance: { ...survey.appearance },
    thankYouLinks: {
      detractor: survey.thankYouLinks.detractor ?? '',
      passive: survey.thankYouLinks.passive ?? '',
      promoter: survey.thankYouLinks.promoter ?? '',
    },
  };
}

/** One language's texts as the contract has them, leaving out what is blank. */
export function surveyTextsOf(flat: DraftTexts): Partial<SurveyTexts> {
  const texts: Record<string, string | Record<string, string>> = {};
  for (const key of TEXT_KEYS) {
    const value = flat[key].trim();
    if (!value) continue;
    const [group, category] = key.split('.') as [string, string | undefined];
    if (category) texts[group] = { ...(texts[group] as Record<string, string>), [category]: value };
    else texts[group] = value;
  }
  return texts as Partial<SurveyTexts>;
}

const textsOf = (draft: Draft) =>
  Object.fromEntries(draft.languages.map((l) => [l, surveyTextsOf(draft.texts[l]!)])) as Record<
    string,
    SurveyTexts
  >;

const linksOf = (draft: Draft) =>
  Object.fromEntries(
    CATEGORIES.flatMap((c) => (draft.thankYouLinks[c].trim() ? [[c, draft.thankYouLinks[c].trim()]] : [])),
  );

export const toCreate = (draft: Draft): SurveyCreate => ({
  name: draft.name.trim(),
  status: draft.status,
  defaultLocale: draft.defaultLocale,
  texts: textsOf(draft),
  throttle: draft.throttle,
  appearance: draft.appearance,
  thankYouLinks: linksOf(draft),
});

/** Every field, so the save is exactly the draft; `version` refuses it if someone saved since. */
export const toPatch = (draft: Draft, version: number): SurveyPatch => {
  const { status: _status, ...fields } = toCreate(draft);
  return { ...fields, version };
};

/** What the preview frame renders: the draft as it stands, saved or not. */
export const previewConfig = (draft: Draft): PreviewRequest['config'] => ({
  defaultLocale: draft.defaultLocale,
  texts: textsOf(draft),
  appearance: draft.appearance,
  thankYouLinks: linksOf(draft),
});

/**
 * How far a language's texts are written: `missing` when a save needs one more (its
 * question), `builtIn` when some show the widget's own, `complete` when all are written.
 */
export type Completeness = { state: 'missing' | 'builtIn' | 'complete'; blank: TextKey[] };

export function completenessOf(flat: DraftTexts): Completeness {
  const blank = TEXT_KEYS.filter((k) => !flat[k].trim());
  if (blank.some((k) => REQUIRED_TEXTS.includes(k))) return { state: 'missing', blank };
  return { state: blank.length ? 'builtIn' : 'complete', blank };
}

export function addLanguage(draft: Draft, language: string): Draft {
  if (draft.languages.includes(language)) return draft;
  return {
    ...draft,
    languages: [...draft.languages, language],
    texts: { ...draft.texts, [language]: blankTexts() },
  };
}

/** Removes a language; the last one stays, and the default moves to the first left. */
export function removeLanguage(draft: Draft, language: string): Draft {
  const languages = draft.languages.filter((l) => l !== language);
  if (languages.length === 0 || languages.length === draft.languages.length) return draft;
  const { [language]: _removed, ...texts } = draft.texts;
  const defaultLocale = draft.defaultLocale === language ? languages[0]! : draft.defaultLocale;
  return { ...draft, languages, texts, defaultLocale };
}

/** Why the draft cannot be saved yet, as codes the editor puts into words. */
export type Problem =
  | { code: 'name' }
  | { code: 'question'; language: string }
  | { code: 'colour' }
  | { code: 'link'; category: Category };

export function problemsOf(draft: Draft): Problem[] {
  const problems: Problem[] = [];
  if (!draft.name.trim()) problems.push({ code: 'name' });
  for (const language of draft.languages)
    if (completenessOf(draft.texts[language]!).state === 'missing')
      problems.push({ code: 'question', language });
  if (!isHexColour(draft.appearance.brandColor)) problems.push({ code: 'colour' });
  for (const category of CATEGORIES) {
    const link = draft.thankYouLinks[category].trim();
    if (link && !isWebAddress(link)) problems.push({ code: 'link', category });
  }
  return problems;
}

function isWebAddress(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** A draft differs from what was loaded (or from a new one): leaving would lose it. */
export const isChanged = (draft: Draft, loaded: Draft): boolean =>
  JSON.stringify(draft) !== JSON.stringify(loaded);
