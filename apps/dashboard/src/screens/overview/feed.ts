import type { ResponseItem } from '@pulse/shared/contracts';

/** How many answers a snapshot brings, and how many the feed keeps as live ones arrive. */
export const FEED_SIZE = 50;
const FEED_MAX = 300;

export interface Feed {
  items: ResponseItem[];
  /** Arrived while the reader was scrolled down: shown when they ask ("N new"). */
  held: ResponseItem[];
  /** The ids that just arrived, highlighted once. */
  fresh: ReadonlySet<string>;
  scrolledAway: boolean;
}

export const emptyFeed: Feed = { items: [], held: [], fresh: new Set(), scrolledAway: false };

/** A snapshot's answers; whether the reader is scrolled away stays as it was. */
export const refilled = (feed: Feed, items: ResponseItem[]): Feed => ({ ...feed, items, held: [] });

const shown = (feed: Feed, newestFirst: ResponseItem[]): Feed => ({
  ...feed,
  fresh: new Set(newestFirst.map((r) => r.id)),
  items: [...newestFirst, ...feed.items].slice(0, FEED_MAX),
});

/** New answers go on top, unless the reader scrolled away: then they wait, so the list does not jump. */
export const arrived = (feed: Feed, newestFirst: ResponseItem[]): Feed =>
  feed.scrolledAway ? { ...feed, held: [...newestFirst, ...feed.held] } : shown(feed, newestFirst);

export const heldShown = (feed: Feed): Feed => ({ ...shown(feed, feed.held), held: [], scrolledAway: false });

export const scrolled = (feed: Feed, away: boolean): Feed => ({ ...feed, scrolledAway: away });
