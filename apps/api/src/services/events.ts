import type { EventListQuery, EventPage, LiveEvent } from '@pulse/shared';
import { type EventDoc, eventDocId } from '../db/event.js';
import type { Models } from '../db/models.js';
import { throttled } from './sweep.js';

/** How long a dashboard may be away and still catch up by replay instead of reloading. */
export const EVENT_RETENTION_MS = 24 * 3_600_000;
const SWEEP_EVERY_MS = 10 * 60_000;

export function createEventService(models: Models, now: () => number = Date.now) {
  const sweep = throttled(SWEEP_EVERY_MS, now, () =>
    models.Event.deleteMany({ createdAt: { $lt: new Date(now() - EVENT_RETENTION_MS) } }),
  );

  async function lastEventId(projectId: string): Promise<number> {
    const counter = await models.Counter.findById(`events:${projectId}`).lean<{ seq: number }>();
    return counter?.seq ?? 0;
  }

  return {
    /** Keeps emitted events for catch-up; called by the live bus before it emits them. */
    async store(projectId: string, events: LiveEvent[]): Promise<void> {
      sweep();
      if (events.length === 0) return;
      const lastEventId = events.at(-1)!.eventId;
      await models.Event.insertMany(
        [
          {
            _id: eventDocId(projectId, lastEventId),
            projectId,
            lastEventId,
            createdAt: new Date(now()),
            events,
          },
        ],
        { lean: true },
      );
    },

    /** What a reconnecting dashboard missed, oldest first, at most one page. */
    async listAfter(projectId: string, q: EventListQuery): Promise<EventPage> {
      // Every batch holds at least one event, so limit + 1 batches are enough to know hasMore.
      const docs = await models.Event.find({
        _id: { $gt: eventDocId(projectId, q.after), $lt: `${projectId}:~` },
      })
        .sort({ _id: 1 })
        .limit(q.limit + 1)
        .lean<EventDoc[]>();
      // Stored exactly as the bus emitted them, after validation there.
      const missed = docs.flatMap((d) => d.events as LiveEvent[]).filter((e) => e.eventId > q.after);
      const page = missed.slice(0, q.limit);
      const last = await lastEventId(projectId);
      // Ids are dense per project, so a gap right after `after` means events were pruned
      // (or are still being written by another process: reloading is safe either way).
      const first = page[0];
      const complete = first ? first.eventId === q.after + 1 : last <= q.after;
      return {
        items: page,
        hasMore: missed.length > q.limit,
        complete,
        lastEventId: last,
      };
    },
  };
}

export type EventService = ReturnType<typeof createEventService>;
