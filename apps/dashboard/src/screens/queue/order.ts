import type { FollowUp, FollowUpListQuery } from '@pulse/shared/contracts';
import { compareFollowUps } from '@pulse/shared/followups';

/** The queue's filters (the list's query without paging). */
export type QueueQuery = Pick<FollowUpListQuery, 'status' | 'priority' | 'theme' | 'assignee'>;

/** The API's filters, applied to a follow-up that changed live. */
export const matchesQuery = (f: FollowUp, query: QueueQuery): boolean =>
  (!query.status || f.status === query.status) &&
  (!query.priority || f.priority === query.priority) &&
  (!query.theme || f.themes.includes(query.theme)) &&
  (!query.assignee || f.assignee === query.assignee);

export interface QueueView {
  /** Whether a follow-up belongs under the current filters. */
  matches: (f: FollowUp) => boolean;
  /** Follow-ups that stay whatever the filters say (one showing a notice, one being acted on). */
  keep: (id: string) => boolean;
}

/** In the API's order, and without those that no longer belong. */
export const settle = (items: FollowUp[], view: QueueView): FollowUp[] =>
  items.filter((f) => view.matches(f) || view.keep(f.id)).sort(compareFollowUps);

/**
 * A newer version of a follow-up. While someone is acting on a card (`frozen`),
 * nothing moves under their pointer: a known follow-up is replaced where it is
 * and a new one goes last; `settle` puts everything in order once they move on.
 */
export function applyUpdate(items: FollowUp[], next: FollowUp, view: QueueView, frozen: boolean): FollowUp[] {
  const index = items.findIndex((f) => f.id === next.id);
  const current = items[index];
  if (current && current.version >= next.version) return items;
  if (frozen) {
    if (!current) return view.matches(next) ? [...items, next] : items;
    return items.map((f, i) => (i === index ? next : f));
  }
  return settle([...items.filter((f) => f.id !== next.id), next], view);
}
