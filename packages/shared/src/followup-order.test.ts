import { describe, expect, it } from 'vitest';
import { PRIORITIES } from './classify/index.js';
import { compareFollowUps, priorityRank } from './followup-order.js';

describe('follow-up order', () => {
  it('ranks priorities urgent first, in the order the vocabulary lists them', () => {
    expect(PRIORITIES.map(priorityRank)).toEqual([0, 1, 2, 3]);
    expect(priorityRank('urgent')).toBeLessThan(priorityRank('low'));
  });

  it('sorts by priority, then the oldest, then by id', () => {
    const at = '2026-03-10T12:00:00.000Z';
    const items = [
      { id: 'b', priority: 'normal' as const, createdAt: at },
      { id: 'a', priority: 'normal' as const, createdAt: at },
      { id: 'c', priority: 'normal' as const, createdAt: '2026-03-09T12:00:00.000Z' },
      { id: 'd', priority: 'urgent' as const, createdAt: at },
    ];
    expect(items.sort(compareFollowUps).map((f) => f.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});
