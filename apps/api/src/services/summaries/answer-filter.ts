import { type Category, parseTraitFilter } from '@pulse/shared';

export interface ResponseFilterInput {
  surveyId: string;
  category?: Category | undefined;
  locale?: string | undefined;
  trait?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The MongoDB filter for the dashboard's filters. Trait keys are checked at the
 * edge (no `$`, no `.`), so `respondent.traits.<key>` is a plain path.
 */
export function responseFilter(q: ResponseFilterInput): Record<string, unknown> {
  const filter: Record<string, unknown> = { surveyId: q.surveyId };
  if (q.category) filter.category = q.category;
  if (q.locale) filter.locale = q.locale;
  if (q.trait) {
    const { key, value } = parseTraitFilter(q.trait);
    // Traits are strings, numbers or booleans; the filter arrives as text.
    const alternatives: unknown[] = [value];
    if (value !== '' && Number.isFinite(Number(value))) alternatives.push(Number(value));
    if (value === 'true' || value === 'false') alternatives.push(value === 'true');
    filter[`respondent.traits.${key}`] = { $in: alternatives };
  }
  if (q.from || q.to) {
    filter.answeredAt = {
      ...(q.from ? { $gte: new Date(q.from) } : {}),
      ...(q.to ? { $lt: new Date(q.to) } : {}),
    };
  }
  return filter;
}
