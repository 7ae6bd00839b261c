import type { ResponseItem } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import { arrived, emptyFeed, heldShown, refilled, scrolled } from './feed.js';

const answer = (id: string) => ({ id }) as ResponseItem;
const ids = (items: ResponseItem[]) => items.map((r) => r.id);

describe('feed', () => {
  it('puts new answers on top and marks them fresh', () => {
    const feed = arrived(refilled(emptyFeed, [answer('a')]), [answer('c'), answer('b')]);
    expect(ids(feed.items)).toEqual(['c', 'b', 'a']);
    expect([...feed.fresh]).toEqual(['c', 'b']);
  });

  it('holds answers while the reader is scrolled away, and shows them on request', () => {
    let feed = scrolled(refilled(emptyFeed, [answer('a')]), true);
    feed = arrived(arrived(feed, [answer('b')]), [answer('c')]);
    expect(ids(feed.items)).toEqual(['a']);
    expect(ids(feed.held)).toEqual(['c', 'b']);
    feed = heldShown(feed);
    expect(ids(feed.items)).toEqual(['c', 'b', 'a']);
    expect(feed).toMatchObject({ held: [], scrolledAway: false });
  });

  it('keeps at most 300 answers however many arrive', () => {
    let feed = emptyFeed;
    for (let i = 0; i < 7; i++)
      feed = arrived(
        feed,
        Array.from({ length: 50 }, (_, j) => answer(`${i}-${j}`)),
      );
    expect(feed.items).toHaveLength(300);
    expect(feed.items[0]?.id).toBe('6-0');
  });
});
