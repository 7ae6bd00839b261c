import type { LiveEvent, LiveEventBody } from '@pulse/shared';
import { rounds } from '../lib/rounds.js';
import type { EventLog } from './event-log.js';

type Emit = (room: string, events: LiveEvent[]) => void;

export const projectRoom = (projectId: string) => `project:${projectId}`;

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
 * The live bus: what every producer (new answers, summaries, follow-ups) publishes
 * while one round goes out is gathered into the next round (`lib/rounds.ts`), one
 * message per project, appended to the event log (which gives the ids) and then
 * emitted. A dashboard socket gets a few messages a second however fast answers
 * arrive, which keeps the fan-out to a thousand sockets affordable. Rounds go one
 * at a time, so a process's events leave in id order.
 *
 * Services see only its `publish` (their `LivePublisher`); the gateway plugs in `emit`.
 */
export function createLiveBus(log: EventLog) {
  let emit: Emit | null = null;

  async function publishProject(projectId: string, bodies: LiveEventBody[]): Promise<void> {
    // Stored before emitted: whatever a reconnecting client fetches after connecting is
    // either in the log already or still to arrive on its socket.
    const events = await log.append(projectId, bodies);
    emit?.(projectRoom(projectId), events);
  }

  const bus = rounds<Publication>(
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
      return new Map(
        publications.flatMap((p) => (failed.has(p.projectId) ? [[p, failed.get(p.projectId)!]] : [])),
      );
    },
    { minGapMs: ROUND_GAP_MS },
  );

  return {
    /** The gateway plugs itself in; without it (CLI, tests without sockets) events are dropped. */
    attach(emitter: Emit) {
      emit = emitter;
    },

    /** Resolves once the events are stored and emitted (gathered with whatever else is publishing). */
    async publish(projectId: string, bodies: LiveEventBody[]): Promise<void> {
      if (!emit || bodies.length === 0) return;
      await bus.submit({ projectId, bodies });
    },
  };
}

export type LiveBus = ReturnType<typeof createLiveBus>;
