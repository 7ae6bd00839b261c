import { bucketStart } from '@pulse/shared/buckets';
import type { ResponseListQuery } from '@pulse/shared/contracts';
import { THEMES, type Theme } from '@pulse/shared/followups';
import { OBJECT_ID_PATTERN } from '@pulse/shared/names';
import type { Category } from '@pulse/shared/nps';
import { TRAIT_FILTER_PATTERN } from '@pulse/shared/response-filters';

/** `all`: the survey's whole life; the others as the overview counts them (whole UTC hours or days). */
export const PERIODS = ['all', '24h', '7d', '30d', '90d', 'custom'] as const;
export type ExplorerPeriod = (typeof PERIODS)[number];
const CATEGORIES: readonly Category[] = ['promoter', 'passive', 'detractor'];
const YES_NO = ['true', 'false'] as const;
type YesNo = (typeof YES_NO)[number];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the explorer shows, as its address says it (`#/responses?survey=…&q=refund`), so a
 * view can be shared and reloaded. Anything the address holds that is not a valid value
 * is left out rather than sent to be refused.
 */
export interface ExplorerView {
  survey?: string;
  period: ExplorerPeriod;
  /** A custom period's first and last day (yyyy-mm-dd, UTC), both included. */
  from?: string;
  to?: string;
  category?: Category;
  locale?: string;
  trait?: string;
  theme?: Theme;
  churnRisk?: YesNo;
  hasComment?: YesNo;
  q?: string;
  /** The answer whose detail is open. */
  answer?: string;
}

/** The filters a view narrows the list with (the period, survey and open answer aside). */
export const FILTER_KEYS = ['category', 'locale', 'trait', 'theme', 'churnRisk', 'hasComment', 'q'] as const;

/** Whether a view narrows the list with a filter (its period aside). */
export const isNarrowed = (view: ExplorerView): boolean => FILTER_KEYS.some((k) => view[k] !== undefined);

/** "Clear filters": the survey's whole list, all time. */
export const clearedView = (survey?: string): ExplorerView => ({ period: 'all', survey });

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.find((v) => v === value);
const text = (value: string | undefined, max: number) => {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
};
const day = (value: string | undefined) =>
  value && DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;

export function viewOf(query: Readonly<Record<string, string>>): ExplorerView {
  const view: ExplorerView = { period: oneOf(PERIODS, query.period) ?? 'all' };
  const set = <K extends keyof ExplorerView>(key: K, value: ExplorerView[K] | undefined) => {
    if (value !== undefined) view[key] = value;
  };
  set('survey', OBJECT_ID_PATTERN.test(query.survey ?? '') ? query.survey : undefined);
  set('answer', OBJECT_ID_PATTERN.test(query.answer ?? '') ? query.answer : undefined);
  if (view.period === 'custom') {
    const from = day(query.from);
    const to = day(query.to);
    if (from && to && from <= to) Object.assign(view, { from, to });
    else view.period = 'all';
  }
  set('category', oneOf(CATEGORIES, query.category));
  set('locale', /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/.test(query.locale ?? '') ? query.locale : undefined);
  const trait = text(query.trait, 600);
  set('trait', trait && TRAIT_FILTER_PATTERN.test(trait) ? trait : undefined);
  set('theme', oneOf(THEMES, query.theme));
  set('churnRisk', oneOf(YES_NO, query.churnRisk));
  set('hasComment', oneOf(YES_NO, query.hasComment));
  set('q', text(query.q, 200));
  return view;
}

/** The address's query for a view: only what differs from the defaults. */
export function queryOf(view: ExplorerView): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(view))
    if (value !== undefined && !(key === 'period' && value === 'all')) query[key] = String(value);
  return query;
}

/** Whether two views list the same answers (the open answer aside). */
export const sameList = (a: ExplorerView, b: ExplorerView) =>
  JSON.stringify(queryOf({ ...a, answer: undefined })) ===
  JSON.stringify(queryOf({ ...b, answer: undefined }));

const HOUR = 3_600_000;
const PRESET_START: Record<'24h' | '7d' | '30d' | '90d', (now: Date) => number> = {
  '24h': (now) => bucketStart(now, 'hour').getTime() - 23 * HOUR,
  '7d': (now) => bucketStart(now, 'day').getTime() - 6 * 24 * HOUR,
  '30d': (now) => bucketStart(now, 'day').getTime() - 29 * 24 * HOUR,
  '90d': (now) => bucketStart(now, 'day').getTime() - 89 * 24 * HOUR,
};

/** The answered-at window [from, to) of a view's period, fixed when the list is read. */
export function windowOf(view: ExplorerView, now = new Date()): { from?: string; to?: string } {
  if (view.period === 'all') return {};
  if (view.period === 'custom')
    return {
      from: `${view.from}T00:00:00.000Z`,
      to: new Date(Date.parse(`${view.to}T00:00:00.000Z`) + 24 * HOUR).toISOString(),
    };
  return { from: new Date(PRESET_START[view.period](now)).toISOString() };
}

/** What the list and the CSV export are asked for: the same filters and the same window. */
export function listQueryOf(
  view: ExplorerView,
  window: { from?: string; to?: string },
): Omit<ResponseListQuery, 'surveyId' | 'limit' | 'cursor'> {
  const query: Omit<ResponseListQuery, 'surveyId' | 'limit' | 'cursor'> = { ...window };
  if (view.category) query.category = view.category;
  if (view.locale) query.locale = view.locale;
  if (view.trait) query.trait = view.trait;
  if (view.theme) query.theme = view.theme;
  if (view.churnRisk) query.churnRisk = view.churnRisk === 'true';
  if (view.hasComment) query.hasComment = view.hasComment === 'true';
  if (view.q) query.q = view.q;
  return query;
}
