import { z } from 'zod';
import { DETECTED_LANGUAGES, PRIORITIES, THEMES } from '../classify/vocabulary.js';
import { CategorySchema } from './common.js';

/**
 * Why the classifier decided as it did: for churn and for each theme it named,
 * the words of the comment that weighed most ("flagged because: …").
 */
export const ClassificationEvidence = z.strictObject({
  churn: z.array(z.string()).optional(),
  themes: z.partialRecord(z.enum(THEMES), z.array(z.string())).optional(),
});
export type ClassificationEvidence = z.infer<typeof ClassificationEvidence>;

/** What `classifyFeedback` says about one answer; stored with the response and sent to dashboards. */
export const Classification = z.strictObject({
  category: CategorySchema,
  priority: z.enum(PRIORITIES),
  churnRisk: z.boolean(),
  /** A subset of THEMES, in THEMES order. */
  themes: z.array(z.enum(THEMES)),
  language: z.enum(DETECTED_LANGUAGES),
  /** Present when churn or a theme was found; answers classified before it was added have none. */
  evidence: ClassificationEvidence.optional(),
});
export type Classification = z.infer<typeof Classification>;
