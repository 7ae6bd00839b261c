import { z } from 'zod';
import { BUCKETS } from '../buckets.js';
import { COMPARISON_VERDICTS, MIN_ANSWERS_TO_COMPARE } from '../nps.js';
import { IsoDate, ObjectId } from './common.js';
import { ResponseFilters } from './filters.js';

export const Bucket = z.enum(BUCKETS);
export type Bucket = z.infer<typeof Bucket>;

/** A trend longer than this is a mistake in the query, not a chart anyone can read. */
export const MAX_SUMMARY_BUCKETS = 2_000;

export const SummaryQuery = z
  .strictObject({
    from: IsoDate.optional().meta({ description: 'Start; rounded down to the start of its UTC bucket.' }),
    to: IsoDate.optional().meta({
      description: 'End (exclusive), default now; rounded up to the end of its UTC bucket.',
    }),
    last: z.coerce.number().int().min(1).max(MAX_SUMMARY_BUCKETS).optional().meta({
      description:
        'Instead of `from`: the last N whole buckets up to the one holding `to`, that partial bucket included. The dashboard\'s "24 h" is `last=24&bucket=hour` (the current hour and the 23 before it), "7 days" is `last=7&bucket=day` (today so far and the 6 days before).',
    }),
    bucket: Bucket.default('day').meta({ description: 'UTC hours or UTC days.' }),
    ...ResponseFilters,
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['from'],
  })
  .refine((q) => !(q.from && q.last), { message: 'give from or last, not both', path: ['last'] });
export type SummaryQuery = z.infer<typeof SummaryQuery>;

const Counts = {
  total: z.number().int(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  /** −100…100; null when there are no answers. */
  nps: z.number().nullable(),
};

/** A 95% interval; adjusted-Wald (Rocks 2016), see packages/shared/src/nps.ts. */
export const NpsInterval = z
  .strictObject({ low: z.number(), high: z.number() })
  .meta({ description: '95% interval, adjusted-Wald (Rocks 2016): never ± 0 at small n, within the scale.' });

export const TrendPoint = z.strictObject({ start: IsoDate, ...Counts });
export type TrendPoint = z.infer<typeof TrendPoint>;

export const PeriodCounts = z.strictObject({
  from: IsoDate,
  to: IsoDate,
  ...Counts,
  interval: NpsInterval.nullable(),
});
export type PeriodCounts = z.infer<typeof PeriodCounts>;

/** This period against the one of equal length just before it (same buckets, never overlapping). */
export const Comparison = z.strictObject({
  previous: PeriodCounts,
  /** NPS now − NPS before, in points; null when either period has no answers. */
  difference: z.number().nullable(),
  /** 95% interval of the difference (adjusted-Wald for two independent samples). */
  interval: NpsInterval.nullable(),
  verdict: z.enum(COMPARISON_VERDICTS).meta({
    description: `better / worse when the interval of the difference excludes 0; too_few when either period has fewer than ${MIN_ANSWERS_TO_COMPARE} answers.`,
  }),
  /** The least answers each period needs for a verdict. */
  minAnswers: z.number().int(),
});
export type Comparison = z.infer<typeof Comparison>;

export const Summary = z.strictObject({
  surveyId: ObjectId,
  /** The period actually counted: whole buckets, [from, to). */
  from: IsoDate,
  to: IsoDate,
  bucket: Bucket,
  ...Counts,
  /** Half-width of `interval`, in points. */
  marginOfError: z.number().nullable(),
  interval: NpsInterval.nullable(),
  /** Answers per score, index 0–10. */
  distribution: z.array(z.number().int()).length(11),
  /** One point per bucket of [from, to), the last one possibly still filling. */
  trend: z.array(TrendPoint),
  comparison: Comparison,
  /** The survey's whole life, unfiltered: what `summary.updated` live events carry. */
  allTime: z.strictObject({ total: z.number().int(), nps: z.number().nullable() }),
});
export type Summary = z.infer<typeof Summary>;
