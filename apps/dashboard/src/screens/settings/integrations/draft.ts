import type {
  Webhook,
  WebhookCreate,
  WebhookEventType,
  WebhookFilter,
  WebhookFormat,
  WebhookUpdate,
} from '@pulse/shared/contracts';
import { PRIORITIES, type Priority, THEMES, type Theme } from '@pulse/shared/followups';
import type { Category } from '@pulse/shared/nps';

/** The events a webhook may subscribe to, in the order the form lists them (WEBHOOK_EVENT_TYPES). */
export const EVENT_TYPES = [
  'response.created',
  'followup.created',
  'followup.updated',
] as const satisfies readonly WebhookEventType[];
export const CATEGORIES = ['detractor', 'passive', 'promoter'] as const satisfies readonly Category[];

/** What the webhook form edits: the webhook's fields, its filter as separate choices. */
export interface WebhookDraft {
  url: string;
  format: WebhookFormat;
  events: WebhookEventType[];
  /** None chosen: every category. */
  categories: Category[];
  churnRisk: boolean;
  minPriority: Priority | '';
  themes: Theme[];
}

export type DraftProblem = 'url' | 'events';

/** A new webhook's form starts with the usual Slack alert: new follow-ups. */
export const emptyDraft = (): WebhookDraft => ({
  url: '',
  format: 'standard',
  events: ['followup.created'],
  categories: [],
  churnRisk: false,
  minPriority: '',
  themes: [],
});

export const draftOf = (webhook: Webhook): WebhookDraft => ({
  url: webhook.url,
  format: webhook.format,
  events: [...webhook.events],
  categories: [...(webhook.filter.categories ?? [])],
  churnRisk: webhook.filter.churnRisk === true,
  minPriority: webhook.filter.minPriority ?? '',
  themes: [...(webhook.filter.themes ?? [])],
});

/** In a fixed order, so a filter reads the same however it was clicked together. */
const ordered = <T extends string>(chosen: readonly T[], order: readonly T[]) =>
  order.filter((v) => chosen.includes(v));

/** The filter the API stores: only the conditions chosen (`{}` lets everything through). */
export function filterOf(draft: WebhookDraft): WebhookFilter {
  const filter: WebhookFilter = {};
  if (draft.categories.length > 0) filter.categories = ordered(draft.categories, CATEGORIES);
  if (draft.churnRisk) filter.churnRisk = true;
  if (draft.minPriority) filter.minPriority = draft.minPriority;
  if (draft.themes.length > 0) filter.themes = ordered(draft.themes, THEMES);
  return filter;
}

/** What the API would refuse, said before sending: an address it cannot post to, no event. */
export function problemsOf(draft: WebhookDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!isHttpUrl(draft.url.trim())) problems.push('url');
  if (draft.events.length === 0) problems.push('events');
  return problems;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const createBodyOf = (draft: WebhookDraft): WebhookCreate => ({
  url: draft.url.trim(),
  format: draft.format,
  events: ordered(draft.events, EVENT_TYPES),
  filter: filterOf(draft),
});

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** The smallest PATCH that turns `webhook` into the draft; null when nothing changed. */
export function patchOf(webhook: Webhook, draft: WebhookDraft): WebhookUpdate | null {
  const next = createBodyOf(draft);
  const before = createBodyOf(draftOf(webhook));
  const patch: WebhookUpdate = {};
  if (next.url !== before.url) patch.url = next.url;
  if (next.format !== before.format) patch.format = next.format;
  if (!sameList(next.events, before.events)) patch.events = next.events;
  if (JSON.stringify(next.filter) !== JSON.stringify(before.filter)) patch.filter = next.filter;
  return Object.keys(patch).length > 0 ? patch : null;
}

/** The filter as the list of conditions a card names ("Detractors", "Churn risk", "High or more urgent"…). */
export type FilterPart =
  | { kind: 'categories'; values: Category[] }
  | { kind: 'churnRisk' }
  | { kind: 'minPriority'; value: Priority }
  | { kind: 'themes'; values: Theme[] };

export function filterParts(filter: WebhookFilter): FilterPart[] {
  const parts: FilterPart[] = [];
  if (filter.categories?.length) parts.push({ kind: 'categories', values: filter.categories });
  if (filter.churnRisk) parts.push({ kind: 'churnRisk' });
  if (filter.minPriority) parts.push({ kind: 'minPriority', value: filter.minPriority });
  if (filter.themes?.length) parts.push({ kind: 'themes', values: filter.themes });
  return parts;
}

export { PRIORITIES, THEMES };

/**
 * The address a card shows: a Slack incoming-webhook URL is itself a secret (whoever has
 * it can post to the channel), so only its host is shown; an endpoint of one's own in full.
 */
export function shownAddress(webhook: Pick<Webhook, 'url' | 'format'>): string {
  if (webhook.format !== 'slack') return webhook.url;
  try {
    return `${new URL(webhook.url).host}/…`;
  } catch {
    return '…';
  }
}
