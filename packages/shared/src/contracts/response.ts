import { z } from 'zod';
import { Classification } from './classification.js';
import { CategorySchema, IsoDate, Locale, ObjectId, SafeKey, ScoreSchema } from './common.js';
import { AnsweredWindow, ResponseFilters } from './filters.js';
import { COMMENT_MAX_LENGTH } from './names.js';

const TraitValue = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);

export const Respondent = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  traits: z
    .record(SafeKey, TraitValue)
    .refine((t) => Object.keys(t).length <= 50, 'at most 50 traits')
    .optional(),
});
export type Respondent = z.infer<typeof Respondent>;

export const PageContext = z.strictObject({
  url: z.string().max(2000).optional(),
  referrer: z.string().max(2000).optional(),
  userAgent: z.string().max(500).optional(),
});

export const IdempotencyKey = z.uuid('must be a UUID made when the answer was made');

/**
 * One answer as the widget sends it. The idempotency key may come in the body
 * because `navigator.sendBeacon` cannot set headers.
 */
export const ResponseInput = z.strictObject({
  publicKey: z.string().min(1).max(100),
  surveyId: ObjectId,
  score: ScoreSchema,
  comment: z.string().max(COMMENT_MAX_LENGTH).optional(),
  locale: Locale.optional(),
  respondent: Respondent.optional(),
  context: PageContext.optional(),
  idempotencyKey: IdempotencyKey.optional(),
  /** When the customer answered (the widget may deliver it later, offline). */
  answeredAt: IsoDate.optional(),
});
export type ResponseInput = z.infer<typeof ResponseInput>;

export const ResponseCreated = z.strictObject({
  id: ObjectId,
  category: CategorySchema,
});
export type ResponseCreated = z.infer<typeof ResponseCreated>;

export const ResponseItem = z.strictObject({
  id: ObjectId,
  surveyId: ObjectId,
  score: ScoreSchema,
  category: CategorySchema,
  comment: z.string().nullable(),
  locale: Locale.nullable(),
  respondent: Respondent,
  context: PageContext,
  /** What the shared classifier said at ingest; null for answers stored before it ran. */
  classification: Classification.nullable(),
  answeredAt: IsoDate,
  createdAt: IsoDate,
});
export type ResponseItem = z.infer<typeof ResponseItem>;

export const ResponseListQuery = z.strictObject({
  surveyId: ObjectId,
  ...ResponseFilters,
  ...AnsweredWindow,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type ResponseListQuery = z.infer<typeof ResponseListQuery>;

export const ResponsePage = z.strictObject({
  items: z.array(ResponseItem),
  nextCursor: z.string().nullable(),
});
export type ResponsePage = z.infer<typeof ResponsePage>;

export const ResponseCsvQuery = z.strictObject({
  surveyId: ObjectId,
  ...ResponseFilters,
  ...AnsweredWindow,
});
export type ResponseCsvQuery = z.infer<typeof ResponseCsvQuery>;
