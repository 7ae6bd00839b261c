import { z } from 'zod';
import { CategorySchema, Locale } from './common.js';
import { Appearance, SurveyTexts, ThankYouLinks } from './survey.js';

/**
 * What the widget's UI reads of a survey: its texts, look and links. A saved survey's
 * `PublicSurveyConfig` is one; so is an editor's unsaved draft. The rules are those of
 * a save, except that any text may be left out (the built-in one shows instead), and
 * other fields of a draft (name, throttle, status…) are ignored, so an editor can send
 * its whole draft.
 */
export const SurveyLook = z.object({
  defaultLocale: Locale.default('en'),
  texts: z.record(Locale, SurveyTexts.partial()).default({}),
  appearance: Appearance.default(() => Appearance.parse({})),
  thankYouLinks: ThankYouLinks.default({}),
});
export type SurveyLook = z.infer<typeof SurveyLook>;

/** The three screens of the survey: the 0–10 question, the "why?" for the score's category, the thank-you. */
export const PreviewStep = z.enum(['score', 'followUp', 'thankYou']);
export type PreviewStep = z.infer<typeof PreviewStep>;

/**
 * The dashboard → preview frame message (`/widget/v1/preview.html`): render this
 * survey, in this language and colour scheme, at this step. Each message replaces the
 * one before. `category` picks the follow-up and thank-you texts (ignored on `score`).
 */
export const PreviewRequest = z.strictObject({
  type: z.literal('pulse:preview'),
  config: SurveyLook,
  locale: Locale,
  theme: z.enum(['light', 'dark']).default('light'),
  step: PreviewStep.default('score'),
  category: CategorySchema.default('promoter'),
});
export type PreviewRequest = z.input<typeof PreviewRequest>;

/** The preview frame → dashboard messages, posted to the frame's own origin only. */
export const PreviewReport = z.discriminatedUnion('type', [
  /** Listening: send the first request after this. */
  z.strictObject({ type: z.literal('pulse:preview-ready') }),
  /** A request is on screen, as the widget resolved it (the language it chose and its direction). */
  z.strictObject({
    type: z.literal('pulse:preview-rendered'),
    locale: z.string(),
    dir: z.enum(['ltr', 'rtl']),
    step: PreviewStep,
    category: CategorySchema,
    theme: z.enum(['light', 'dark']),
  }),
  /**
   * Nothing new on screen: a request that breaks the contract (`invalid_preview`, with
   * each issue; the last good one stays), or the widget's UI failed to load
   * (`widget_unavailable`).
   */
  z.strictObject({
    type: z.literal('pulse:preview-error'),
    error: z.strictObject({
      code: z.enum(['invalid_preview', 'widget_unavailable']),
      message: z.string(),
      details: z
        .array(z.strictObject({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
        .optional(),
    }),
  }),
  /** The person closed the widget inside the preview; the next request shows it again. */
  z.strictObject({ type: z.literal('pulse:preview-closed') }),
]);
export type PreviewReport = z.infer<typeof PreviewReport>;
