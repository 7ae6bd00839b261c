/**
 * The queue's order, urgent first, then the oldest, then by id (seeded
 * follow-ups share a time): the API sorts `GET /v1/followups` by it, and the
 * dashboard keeps the list in it as live changes arrive.
 */
import { PRIORITIES, type Priority } from './classify/index.js';

/** 0 for urgent, then in the order of PRIORITIES. */
export const priorityRank = (priority: Priority): number => PRIORITIES.indexOf(priority);

interface Ordered {
  priority: Priority;
  createdAt: string;
  id: string;
}

export function compareFollowUps(a: Ordered, b: Ordered): number {
  return (
    priorityRank(a.priority) - priorityRank(b.priority) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}
