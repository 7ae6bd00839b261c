/**
 * The filters of the summary, the feed and the CSV export, as rules without
 * zod. The API turns them into a database query; the dashboard applies the same
 * rules to live answers, so a live answer counts exactly when a reload would.
 */
import type { ResponseItem, ResponseListQuery } from './contracts/response.js';

/** The filter values, as the contracts type them. */
export type ResponseFilterValues = Pick<ResponseListQuery, 'category' | 'locale' | 'trait'>;

/** `plan=enterprise`: a key without `$`, `.` or `=` (a plain database path), then the value. */
export const TRAIT_FILTER_PATTERN = /^[^$.=]{1,64}=.{1,500}$/;

export function parseTraitFilter(trait: string): { key: string; value: string } {
  const at = trait.indexOf('=');
  return { key: trait.slice(0, at), value: trait.slice(at + 1) };
}

/** The stored values a filter's text stands for: traits are strings, numbers or booleans; a filter is text. */
export function traitValuesOf(value: string): (string | number | boolean)[] {
  const values: (string | number | boolean)[] = [value];
  if (value !== '' && Number.isFinite(Number(value))) values.push(Number(value));
  if (value === 'true' || value === 'false') values.push(value === 'true');
  return values;
}

/** Whether one answer passes the filters and falls in the answered-at window [from, to). */
export function matchesResponseFilters(
  answer: Pick<ResponseItem, 'category' | 'locale' | 'respondent' | 'answeredAt'>,
  filters: ResponseFilterValues & { from?: string | undefined; to?: string | undefined },
): boolean {
  if (filters.category && answer.category !== filters.category) return false;
  if (filters.locale && answer.locale !== filters.locale) return false;
  if (filters.trait) {
    const { key, value } = parseTraitFilter(filters.trait);
    const stored = answer.respondent.traits?.[key];
    if (stored === undefined || stored === null || !traitValuesOf(value).includes(stored)) return false;
  }
  const answered = Date.parse(answer.answeredAt);
  if (filters.from && answered < Date.parse(filters.from)) return false;
  return !(filters.to && answered >= Date.parse(filters.to));
}
