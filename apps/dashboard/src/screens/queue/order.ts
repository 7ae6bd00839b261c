import type { FollowUp } from '@pulse/shared';

const PRIORITY_RANK: Record<FollowUp['priority'], number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** The API's order: urgent first, then the oldest, then by id (seeded follow-ups share a time). */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
  return (
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

export interface QueueView {
  /** Whether a follow-up belongs under the current filters. */
  matches: (f: FollowUp) => boolean;
  /** Follow-ups that stay whatever the filters say (one showing a notice, one being acted on). */
  keep: (id: string) => boolean;
}

/** Sorted, and without those that no longer belong. */
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
