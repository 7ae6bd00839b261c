import { z } from 'zod';
import { Classification } from './classification.js';
import { CategorySchema, IsoDate, Locale, ObjectId, SafeKey, ScoreSchema } from './common.js';
import { AnsweredWindow, ExplorerFilters, ResponseFilters } from './filters.js';
import { COMMENT_MAX_LENGTH, FOLLOW_UP_STATUSES } from './names.js';

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

/** The explorer's query, shared by the list and the CSV export: what is shown is what is exported. */
const ResponseQuery = {
  surveyId: ObjectId,
  ...ResponseFilters,
  ...ExplorerFilters,
  ...AnsweredWindow,
};

export const ResponseListQuery = z.strictObject({
  ...ResponseQuery,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});
export type ResponseListQuery = z.infer<typeof ResponseListQuery>;

export const ResponseCsvQuery = z.strictObject(ResponseQuery);
export type ResponseCsvQuery = z.infer<typeof ResponseCsvQuery>;

/**
 * A page of answers, newest stored first. Each request looks at a bounded number
 * of answers: a page can come back short with `workLimitReached` and a
 * `nextCursor`, meaning "searched back to `searchedBackTo`, continue".
 */
export const ResponsePage = z.strictObject({
  items: z.array(ResponseItem),
  /** Continues strictly after what this page looked at; null when nothing older is left. */
  nextCursor: z.string().nullable(),
  /** Every answer stored after this time (and before the cursor sent) has been looked at; null at the end. */
  searchedBackTo: IsoDate.nullable(),
  /** True when the page stopped at the work limit before it was full. */
  workLimitReached: z.boolean(),
});
export type ResponsePage = z.infer<typeof ResponsePage>;

/** The follow-up an answer opened, as the explorer links to it. */
export const FollowUpLink = z.strictObject({
  id: ObjectId,
  status: z.enum(FOLLOW_UP_STATUSES),
  assignee: z.string().nullable(),
});

/** One answer with its follow-up (detractors; null for others). */
export const ResponseDetail = ResponseItem.extend({ followUp: FollowUpLink.nullable() });
export type ResponseDetail = z.infer<typeof ResponseDetail>;

export const RespondentTimelineQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type RespondentTimelineQuery = z.infer<typeof RespondentTimelineQuery>;

/** Every answer of one `respondent.id` across the project's surveys, newest first. */
export const RespondentTimeline = z.strictObject({
  respondentId: z.string(),
  items: z.array(ResponseItem),
  nextCursor: z.string().nullable(),
  /** True when the respondent has more answers than a timeline holds (their newest are shown). */
  truncated: z.boolean(),
});
export type RespondentTimeline = z.infer<typeof RespondentTimeline>;
