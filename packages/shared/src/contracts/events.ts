import { z } from 'zod';
import { LiveEvent } from './live.js';

export const EVENTS_PAGE_MAX = 1000;

export const EventListQuery = z.strictObject({
  /** The last eventId the client saw; 0 for everything still kept. */
  after: z.coerce.number().int().min(0),
  limit: z.coerce.number().int().min(1).max(EVENTS_PAGE_MAX).default(EVENTS_PAGE_MAX),
});
export type EventListQuery = z.infer<typeof EventListQuery>;

/**
 * Events after `after`, oldest first. `hasMore` means the client missed more
 * than one page; `complete: false` means some were already pruned. Either way
 * a dashboard should reload its snapshot rather than replay.
 */
export const EventPage = z.strictObject({
  items: z.array(LiveEvent),
  hasMore: z.boolean(),
  complete: z.boolean(),
  lastEventId: z.number().int().min(0),
});
export type EventPage = z.infer<typeof EventPage>;
