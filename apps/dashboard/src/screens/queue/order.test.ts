import type { FollowUp } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import { applyUpdate, matchesQuery, settle } from './order.js';

const AT = '2026-03-10T12:00:00.000Z';
function followUp(id: string, extra: Partial<FollowUp> = {}): FollowUp {
  return {
    id: id.padStart(24, '0'),
    priority: 'normal',
    status: 'open',
    createdAt: AT,
    version: 0,
    ...extra,
  } as FollowUp;
}
const openOnly = { matches: (f: FollowUp) => f.status === 'open', keep: () => false };
const ids = (items: FollowUp[]) => items.map((f) => f.id.replace(/^0+/, ''));

describe('queue order', () => {
  it('sorts urgent first, then oldest, then by id, so equal times never reshuffle', () => {
    const items = [followUp('3'), followUp('1'), followUp('2', { priority: 'urgent' })];
    expect(ids(settle(items, openOnly))).toEqual(['2', '1', '3']);
    // Assigning the first of three equal cards keeps it first.
    const assigned = applyUpdate(
      settle(items, openOnly),
      followUp('1', { version: 1, assignee: 'me' }),
      openOnly,
      false,
    );
    expect(ids(assigned)).toEqual(['2', '1', '3']);
  });

  it('keeps the card being acted on in place, even when it no longer matches, until settled', () => {
    const items = settle([followUp('1'), followUp('2'), followUp('3')], openOnly);
    const started = applyUpdate(items, followUp('1', { version: 1, status: 'in_progress' }), openOnly, true);
    expect(ids(started)).toEqual(['1', '2', '3']);
    expect(started[0]?.status).toBe('in_progress');
    const arrived = applyUpdate(started, followUp('9', { priority: 'urgent' }), openOnly, true);
    expect(ids(arrived)).toEqual(['1', '2', '3', '9']);
    expect(ids(settle(arrived, openOnly))).toEqual(['9', '2', '3']);
  });

  it('ignores an older version than the one shown', () => {
    const items = [followUp('1', { version: 2, assignee: 'me' })];
    expect(applyUpdate(items, followUp('1', { version: 1 }), openOnly, false)).toBe(items);
  });

  it('applies the list filters to a follow-up that changed live', () => {
    const mine = followUp('1', {
      status: 'in_progress',
      priority: 'high',
      themes: ['billing'],
      assignee: 'me',
    });
    expect(matchesQuery(mine, {})).toBe(true);
    expect(
      matchesQuery(mine, { status: 'in_progress', priority: 'high', theme: 'billing', assignee: 'me' }),
    ).toBe(true);
    expect(matchesQuery(mine, { status: 'open' })).toBe(false);
    expect(matchesQuery(mine, { priority: 'urgent' })).toBe(false);
    expect(matchesQuery(mine, { theme: 'price' })).toBe(false);
    expect(matchesQuery(mine, { assignee: 'you' })).toBe(false);
  });
});
