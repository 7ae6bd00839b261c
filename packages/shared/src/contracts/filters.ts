import { z } from 'zod';
import { TRAIT_FILTER_PATTERN } from '../response-filters.js';
import { CategorySchema, IsoDate, Locale } from './common.js';

/** `plan=enterprise`: a respondent trait equal to a value (as text, or the number or boolean it spells). */
export const TraitFilter = z
  .string()
  .max(600)
  .regex(TRAIT_FILTER_PATTERN, 'must be key=value, e.g. plan=enterprise');

/** Filters the dashboard applies to the summary, the feed and the CSV export alike. */
export const ResponseFilters = {
  category: CategorySchema.optional(),
  locale: Locale.optional(),
  trait: TraitFilter.optional(),
};

/** The answered-at window of the feed and the export, [from, to). */
export const AnsweredWindow = {
  from: IsoDate.optional(),
  to: IsoDate.optional(),
};

/** What the dashboard's filters can offer for a period: every value answers in it carry. */
export const FilterOptionsQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type FilterOptionsQuery = z.infer<typeof FilterOptionsQuery>;

export const FilterOptions = z.strictObject({
  /** Languages of the answers in [from, to), and those the survey has texts for. */
  locales: z.array(Locale),
});
export type FilterOptions = z.infer<typeof FilterOptions>;
