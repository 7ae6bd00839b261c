import { z } from 'zod';
import { THEMES } from '../classify/vocabulary.js';
import { TRAIT_FILTER_PATTERN } from '../response-filters.js';
import { foldForSearch } from '../search-text.js';
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

/** `true` or `false` in a query string (any other text is refused). */
const QueryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Words to find in comments: case- and accent-insensitive, every word must appear. */
export const SearchWords = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((q) => foldForSearch(q) !== '', 'must hold more than accents');

/** The explorer's further filters, on what the classifier said and on the comment. */
export const ExplorerFilters = {
  /** Answers whose comment names this theme. */
  theme: z.enum(THEMES).optional(),
  /** `true`: only answers with a churn risk; `false`: only those without. */
  churnRisk: QueryBoolean.optional(),
  /** `true`: only answers with a comment; `false`: only those without. */
  hasComment: QueryBoolean.optional(),
  /**
   * Words in the comment, each found as written or inside a longer word, ignoring
   * case and accents (é = e, أ = ا); Thai is matched inside text without spaces.
   */
  q: SearchWords.optional(),
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
