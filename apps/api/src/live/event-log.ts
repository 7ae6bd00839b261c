import type { EventListQuery, EventPage, LiveEvent, LiveEventBody } from '@pulse/shared';
import { type EventDoc, eventDocId } from '../db/event.js';
import type { Models } from '../db/models.js';
import { throttled } from '../lib/throttled.js';

/** How long a dashboard may be away and still catch up by replay instead of reloading. */
export const EVENT_RETENTION_MS = 24 * 3_600_000;
const SWEEP_EVERY_MS = 10 * 60_000;

/** The one counter of a project's event ids, shared by every API process. */
const counterId = (projectId: string) => `events:${projectId}`;

/**
 * The live event log: ids increasing per project, the events as they were emitted,
 * and what a reconnecting dashboard missed. The bus writes here before it emits;
 * `GET /v1/events` reads here. Old events are pruned by a sweep (no TTL index on FerretDB).
 */
export function createEventLog(models: Models, now: () => number = Date.now) {
  const sweep = throttled(SWEEP_EVERY_MS, now, () =>
    models.Event.deleteMany({ createdAt: { $lt: new Date(now() - EVENT_RETENTION_MS) } }),
  );

  async function lastEventId(projectId: string): Promise<number> {
    const counter = await models.Counter.findById(counterId(projectId)).lean<{ seq: number }>();
    return counter?.seq ?? 0;
  }

  return {
    /**
     * Gives the bodies the next ids of their project and keeps them for catch-up, one
     * document per call. The bus calls this for one project at a time, so a process never
     * bumps one counter concurrently (FerretDB's `$inc` is not atomic under overlap).
     */
    async append(projectId: string, bodies: LiveEventBody[]): Promise<LiveEvent[]> {
      sweep();
      const counter = await models.Counter.findOneAndUpdate(
        { _id: counterId(projectId) },
        { $inc: { seq: bodies.length } },
        { upsert: true, returnDocument: 'after' },
      ).lean<{ seq: number }>();
      const first = (counter?.seq ?? bodies.length) - bodies.length + 1;
      const events = bodies.map((body, i) => ({ ...body, eventId: first + i, projectId }) as LiveEvent);
      const last = events.at(-1)!.eventId;
      await models.Event.insertMany(
        [
          {
            _id: eventDocId(projectId, last),
            projectId,
            lastEventId: last,
            createdAt: new Date(now()),
            events,
          },
        ],
        { lean: true },
      );
      return events;
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
      // Stored exactly as the bus emitted them.
      const missed = docs.flatMap((d) => d.events as LiveEvent[]).filter((e) => e.eventId > q.after);
      const page = missed.slice(0, q.limit);
      const last = await lastEventId(projectId);
      // Ids are dense per project, so a gap right after `after` means events were pruned
      // (or are still being written by another process: reloading is safe either way).
      const first = page[0];
      const complete = first ? first.eventId === q.after + 1 : last <= q.after;
      return { items: page, hasMore: missed.length > q.limit, complete, lastEventId: last };
    },
  };
}

export type EventLog = ReturnType<typeof createEventLog>;
