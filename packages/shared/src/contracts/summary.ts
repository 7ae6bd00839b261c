import { z } from 'zod';
import { IsoDate, ObjectId } from './common.js';
import { ResponseFilters } from './filters.js';

export const Bucket = z.enum(['hour', 'day']);
export type Bucket = z.infer<typeof Bucket>;

export const SummaryQuery = z
  .strictObject({
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    bucket: Bucket.default('day'),
    ...ResponseFilters,
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['from'],
  });
export type SummaryQuery = z.infer<typeof SummaryQuery>;

const Counts = {
  total: z.number().int(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  /** −100…100; null when there are no answers. */
  nps: z.number().nullable(),
};

export const TrendPoint = z.strictObject({ start: IsoDate, ...Counts });
export type TrendPoint = z.infer<typeof TrendPoint>;

export const Summary = z.strictObject({
  surveyId: ObjectId,
  from: IsoDate,
  to: IsoDate,
  bucket: Bucket,
  ...Counts,
  /** Half-width of the 95% confidence interval of NPS, in points. */
  marginOfError: z.number().nullable(),
  /** Answers per score, index 0–10. */
  distribution: z.array(z.number().int()).length(11),
  trend: z.array(TrendPoint),
});
export type Summary = z.infer<typeof Summary>;
