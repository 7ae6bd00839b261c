import {
  countsFromDistribution,
  type FollowUp,
  type LiveEvent,
  npsFromCounts,
  npsMarginOfError,
  type ResponseItem,
  totalOf,
} from '@pulse/shared';
import type { Models } from '../db/models.js';
import { createEventService } from '../services/events.js';
import { keyedSerializer } from '../services/keyed-serializer.js';

type Emit = (room: string, events: LiveEvent[]) => void;

export const projectRoom = (projectId: string) => `project:${projectId}`;

/** Event bodies before the bus stamps them with ids. */
export type LiveEventBody =
  | { type: 'response.created'; surveyId: string; response: ResponseItem }
  | { type: 'summary.updated'; surveyId: string; distribution: number[] }
  | { type: 'followup.updated'; surveyId: string; followUp: FollowUp };

/**
 * Stamps events with per-project increasing ids (a shared counter, so several
 * API processes agree) and hands them to Socket.io. Services publish here and
 * never see sockets.
 */
export function createLiveBus(models: Models) {
  let emit: Emit | null = null;
  const events = createEventService(models);

  const serialize = keyedSerializer();

  /** The first of `count` fresh ids; one counter bump at a time per project (see keyedSerializer). */
  function allocateIds(projectId: string, count: number): Promise<number> {
    const key = `events:${projectId}`;
    return serialize(key, async () => {
      const counter = await models.Counter.findOneAndUpdate(
        { _id: key },
        { $inc: { seq: count } },
        { upsert: true, returnDocument: 'after' },
      ).lean<{ seq: number }>();
      return (counter?.seq ?? count) - count + 1;
    });
  }

  return {
    /** The gateway plugs itself in; without it (CLI, tests without sockets) events are dropped. */
    attach(emitter: Emit) {
      emit = emitter;
    },

    async publish(projectId: string, bodies: LiveEventBody[]): Promise<void> {
      if (!emit || bodies.length === 0) return;
      let id = await allocateIds(projectId, bodies.length);
      const stamped: LiveEvent[] = [];
      for (const body of bodies) {
        const envelope = { eventId: id++, projectId, surveyId: body.surveyId };
        if (body.type === 'response.created') {
          stamped.push({ ...envelope, type: body.type, response: body.response });
        } else if (body.type === 'followup.updated') {
          stamped.push({ ...envelope, type: body.type, followUp: body.followUp });
        } else {
          const counts = countsFromDistribution(body.distribution);
          stamped.push({
            ...envelope,
            type: body.type,
            summary: {
              ...counts,
              total: totalOf(counts),
              nps: npsFromCounts(counts),
              marginOfError: npsMarginOfError(counts),
              distribution: body.distribution,
            },
          });
        }
      }
      // Stored before emitted: whatever a reconnecting client fetches after connecting is
      // either in the store already or still to arrive on its socket.
      try {
        await events.store(projectId, stamped);
      } finally {
        emit?.(projectRoom(projectId), stamped);
      }
    },
  };
}

export type LiveBus = ReturnType<typeof createLiveBus>;
