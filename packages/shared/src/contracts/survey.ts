import { z } from 'zod';
import { IsoDate, Locale, ObjectId } from './common.js';
import { DEFAULT_BRAND_COLOR } from './names.js';

const Text = (max: number) => z.string().trim().min(1).max(max);

export const PerCategoryText = z.strictObject({
  detractor: Text(500),
  passive: Text(500),
  promoter: Text(500),
});

/** Everything the widget shows, in one language. Missing keys fall back to built-in strings. */
export const SurveyTexts = z.strictObject({
  question: Text(300),
  lowLabel: Text(60).optional(),
  highLabel: Text(60).optional(),
  followUp: PerCategoryText.partial().optional(),
  commentPlaceholder: Text(120).optional(),
  submit: Text(40).optional(),
  thankYou: PerCategoryText.partial().optional(),
});
export type SurveyTexts = z.infer<typeof SurveyTexts>;

export const Throttle = z.strictObject({
  /** Days before the same respondent is asked again after answering. */
  minDaysBetweenAsks: z.number().min(0).max(3650).default(90),
  /** Days before asking again after a dismissal; longer than after an answer by default. */
  minDaysAfterDismiss: z.number().min(0).max(3650).default(180),
  /** Share of eligible visitors who are asked, 0–1. */
  sampleRate: z.number().min(0).max(1).default(1),
  /** Seconds after a visitor is first seen before the survey may show. */
  delayAfterFirstSeenSeconds: z.number().int().min(0).max(31_536_000).default(0),
  minPageViews: z.number().int().min(0).max(10_000).default(0),
  /** Glob-like URL path patterns (`*` wildcard); empty include means everywhere. */
  urlInclude: z.array(z.string().min(1).max(300)).max(50).default([]),
  urlExclude: z.array(z.string().min(1).max(300)).max(50).default([]),
});
export type Throttle = z.infer<typeof Throttle>;

export const Appearance = z.strictObject({
  brandColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #4f46e5')
    .default(DEFAULT_BRAND_COLOR),
  position: z.enum(['bottom-right', 'bottom-left', 'bottom-center']).default('bottom-right'),
});
export type Appearance = z.infer<typeof Appearance>;

export const ThankYouLinks = z.strictObject({
  detractor: z.url().max(2000).optional(),
  passive: z.url().max(2000).optional(),
  promoter: z.url().max(2000).optional(),
});

export const SurveyStatus = z.enum(['active', 'paused']);

const surveyFields = {
  name: Text(200),
  status: SurveyStatus.default('active'),
  defaultLocale: Locale.default('en'),
  texts: z
    .record(Locale, SurveyTexts)
    .refine((t) => Object.keys(t).length > 0, 'needs texts for at least one locale')
    // The refinement, stated for the OpenAPI document (JSON Schema cannot see a refine).
    .meta({ minProperties: 1 }),
  throttle: Throttle.default(() => Throttle.parse({})),
  appearance: Appearance.default(() => Appearance.parse({})),
  thankYouLinks: ThankYouLinks.default({}),
};

export const SurveyCreate = z.strictObject(surveyFields).refine((s) => s.defaultLocale in s.texts, {
  message: 'defaultLocale must be one of the locales in texts',
  path: ['defaultLocale'],
});
export type SurveyCreate = z.infer<typeof SurveyCreate>;

/** A PATCH replaces whole top-level fields; `version` guards against lost updates. */
export const SurveyPatch = z.strictObject({
  name: surveyFields.name.optional(),
  status: SurveyStatus.optional(),
  defaultLocale: Locale.optional(),
  texts: surveyFields.texts.optional(),
  throttle: Throttle.optional(),
  appearance: Appearance.optional(),
  thankYouLinks: ThankYouLinks.optional(),
  version: z.number().int().min(0).optional(),
});
export type SurveyPatch = z.infer<typeof SurveyPatch>;

export const Survey = z.strictObject({
  id: ObjectId,
  projectId: ObjectId,
  name: z.string(),
  status: SurveyStatus,
  defaultLocale: Locale,
  texts: z.record(Locale, SurveyTexts),
  throttle: Throttle,
  appearance: Appearance,
  thankYouLinks: ThankYouLinks,
  version: z.number().int(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type Survey = z.infer<typeof Survey>;

export const SurveyList = z.strictObject({ items: z.array(Survey) });

/**
 * The widget config's query. Unknown parameters are ignored (a cache-buster a site adds
 * must not break its widget), and so are entries of `lang` that are no language tag.
 */
export const PublicSurveyQuery = z.object({
  lang: z.string().optional().meta({
    description:
      "The visitor's languages, best first, comma-separated (the loader sends `navigator.languages` as primary subtags, e.g. `ar,en`). Picks the survey with texts in their language.",
  }),
});

/** What the widget fetches: only what it needs to decide and render, cacheable. */
export const PublicSurveyConfig = z.strictObject({
  surveyId: ObjectId,
  defaultLocale: Locale,
  texts: z.record(Locale, SurveyTexts),
  throttle: Throttle,
  appearance: Appearance,
  thankYouLinks: ThankYouLinks,
});
export type PublicSurveyConfig = z.infer<typeof PublicSurveyConfig>;
