import { z } from 'zod';
import { DETECTED_LANGUAGES, PRIORITIES, THEMES } from '../classify/vocabulary.js';
import { CategorySchema } from './common.js';

/** What `classifyFeedback` says about one answer; stored with the response and sent to dashboards. */
export const Classification = z.strictObject({
  category: CategorySchema,
  priority: z.enum(PRIORITIES),
  churnRisk: z.boolean(),
  /** A subset of THEMES, in THEMES order. */
  themes: z.array(z.enum(THEMES)),
  language: z.enum(DETECTED_LANGUAGES),
});
export type Classification = z.infer<typeof Classification>;
