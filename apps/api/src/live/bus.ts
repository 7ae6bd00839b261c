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
import { groupCommit } from '../services/group-commit.js';

type Emit = (room: string, events: LiveEvent[]) => void;

export const projectRoom = (projectId: string) => `project:${projectId}`;

/** Event bodies before the bus stamps them with ids. */
export type LiveEventBody =
  | { type: 'response.created'; surveyId: string; response: ResponseItem }
  | { type: 'summary.updated'; surveyId: string; distribution: number[] }
  | { type: 'followup.updated'; surveyId: string; followUp: FollowUp };

/**
 * Rounds start at least this far apart. Each costs a counter bump and an event
 * write per project, on the database the answers are written to; spacing them
 * bounds that cost under load (at most 40 rounds a second) for at most 25 ms
 * of extra latency, and none when rounds are rarer than that.
 */
const ROUND_GAP_MS = 25;

/** One publish call: the events one producer has for one project. */
interface Publication {
  projectId: string;
  bodies: LiveEventBody[];
}

/**
 * Stamps events with per-project increasing ids (a shared counter, so several
 * API processes agree), stores them for catch-up and hands them to Socket.io.
 * Services publish here and never see sockets.
 *
 * Publishing is a group commit of its own: what every producer (new answers,
 * summaries, follow-ups) publishes while one round goes out is coalesced into
 * the next round, one message per project. A dashboard socket then gets a few
 * messages per second however fast answers arrive, which is what keeps the
 * fan-out to a thousand sockets affordable; under light load a round is one
 * publish and waits for nothing. Rounds go one at a time, so a process's
 * events leave in id order.
 */
export function createLiveBus(models: Models) {
  let emit: Emit | null = null;
  const events = createEventService(models);

  /** The first of `count` fresh ids. Rounds are serial, so this process never bumps concurrently. */
  async function allocateIds(projectId: string, count: number): Promise<number> {
    const counter = await models.Counter.findOneAndUpdate(
      { _id: `events:${projectId}` },
      { $inc: { seq: count } },
      { upsert: true, returnDocument: 'after' },
    ).lean<{ seq: number }>();
    return (counter?.seq ?? count) - count + 1;
  }

  function stamp(projectId: string, firstId: number, bodies: LiveEventBody[]): LiveEvent[] {
    let id = firstId;
    return bodies.map((body): LiveEvent => {
      const envelope = { eventId: id++, projectId, surveyId: body.surveyId };
      if (body.type === 'response.created') return { ...envelope, type: body.type, response: body.response };
      if (body.type === 'followup.updated') return { ...envelope, type: body.type, followUp: body.followUp };
      const counts = countsFromDistribution(body.distribution);
      return {
        ...envelope,
        type: body.type,
        summary: {
          ...counts,
          total: totalOf(counts),
          nps: npsFromCounts(counts),
          marginOfError: npsMarginOfError(counts),
          distribution: body.distribution,
        },
      };
    });
  }

  async function publishProject(projectId: string, bodies: LiveEventBody[]): Promise<void> {
    const stamped = stamp(projectId, await allocateIds(projectId, bodies.length), bodies);
    // Stored before emitted: whatever a reconnecting client fetches after connecting is
    // either in the store already or still to arrive on its socket.
    try {
      await events.store(projectId, stamped);
    } finally {
      emit?.(projectRoom(projectId), stamped);
    }
  }

  const rounds = groupCommit<Publication, true>(
    async (publications) => {
      const byProject = new Map<string, LiveEventBody[]>();
      for (const { projectId, bodies } of publications) {
        const pending = byProject.get(projectId);
        if (pending) pending.push(...bodies);
        else byProject.set(projectId, [...bodies]);
      }
      // Projects are independent (a counter and an event document each), so they go side by side.
      const failed = new Map<string, Error>();
      await Promise.all(
        [...byProject].map(([projectId, bodies]) =>
          publishProject(projectId, bodies).catch((err: unknown) =>
            failed.set(projectId, err instanceof Error ? err : new Error(String(err))),
          ),
        ),
      );
      return publications.map(({ projectId }) => failed.get(projectId) ?? true);
    },
    { concurrency: 1, minGapMs: ROUND_GAP_MS },
  );

  return {
    /** The gateway plugs itself in; without it (CLI, tests without sockets) events are dropped. */
    attach(emitter: Emit) {
      emit = emitter;
    },

    /** Resolves once the events are stored and emitted (coalesced with whatever else is publishing). */
    async publish(projectId: string, bodies: LiveEventBody[]): Promise<void> {
      if (!emit || bodies.length === 0) return;
      await rounds.submit({ projectId, bodies });
    },
  };
}

export type LiveBus = ReturnType<typeof createLiveBus>;
