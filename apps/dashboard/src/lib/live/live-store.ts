import type { EventPage, LiveEvent } from '@pulse/shared/contracts';
import { LIVE_BATCH } from '@pulse/shared/names';
import type { Socket } from 'socket.io-client';

export type ConnectionState = 'connecting' | 'catching-up' | 'live' | 'offline' | 'unauthorized';

export interface LiveStoreOptions {
  /** A Socket.io socket on /live, created with `autoConnect: false`. */
  socket: Socket;
  eventsAfter: (after: number) => Promise<EventPage>;
  /** Batches updates; the browser passes requestAnimationFrame. */
  schedule?: (flush: () => void) => void;
}

/**
 * The dashboard's one socket store. It delivers every live event exactly once
 * and in batches (one per animation frame), whether the event came over the
 * socket or from `GET /v1/events?after=` after a reconnect.
 *
 * Event ids are dense per project and the socket sees all of its project's
 * events, so the store keeps the highest id up to which it has seen
 * everything (`contiguous`) and catches up from there. Ids above it that
 * already arrived are remembered, so an event both replayed and received live
 * is delivered once.
 */
export function createLiveStore({
  socket,
  eventsAfter,
  schedule = (f) => setTimeout(f, 0),
}: LiveStoreOptions) {
  let state: ConnectionState = 'connecting';
  let contiguous = 0;
  let seenAbove = new Set<number>();
  let pending: LiveEvent[] = [];
  let flushQueued = false;
  const batchListeners = new Set<(events: LiveEvent[]) => void>();
  const stateListeners = new Set<(state: ConnectionState) => void>();
  const resetListeners = new Set<() => void>();

  function setState(next: ConnectionState) {
    if (next === state) return;
    state = next;
    for (const listener of stateListeners) listener(state);
  }

  function flush() {
    flushQueued = false;
    const batch = pending.sort((a, b) => a.eventId - b.eventId);
    pending = [];
    if (batch.length > 0) for (const listener of batchListeners) listener(batch);
  }

  function accept(event: LiveEvent) {
    if (event.eventId <= contiguous || seenAbove.has(event.eventId)) return;
    seenAbove.add(event.eventId);
    while (seenAbove.has(contiguous + 1)) seenAbove.delete(++contiguous);
    pending.push(event);
    if (!flushQueued) {
      flushQueued = true;
      schedule(flush);
    }
  }

  /** Replays what was missed; if that is more than one page or was pruned, asks for a reload. */
  async function catchUp() {
    setState('catching-up');
    try {
      const page = await eventsAfter(contiguous);
      if (!page.complete || page.hasMore) {
        contiguous = page.lastEventId;
        seenAbove = new Set([...seenAbove].filter((id) => id > contiguous));
        pending = [];
        for (const listener of resetListeners) listener();
      } else {
        for (const event of page.items) accept(event);
      }
      if (socket.connected) setState('live');
    } catch {
      // The socket still delivers; the next reconnect retries the replay.
      if (socket.connected) setState('live');
    }
  }

  socket.on(LIVE_BATCH, (events: LiveEvent[]) => {
    for (const event of events) accept(event);
  });
  socket.on('connect', () => void catchUp());
  socket.on('disconnect', () => setState('offline'));
  socket.on('connect_error', (err: Error) =>
    setState(err.message === 'unauthorized' ? 'unauthorized' : 'offline'),
  );

  return {
    /** Starts listening; events after `lastEventId` (the snapshot's) are delivered. */
    start(lastEventId: number) {
      contiguous = lastEventId;
      seenAbove.clear();
      socket.connect();
    },
    stop() {
      socket.off();
      socket.disconnect();
      batchListeners.clear();
      stateListeners.clear();
      resetListeners.clear();
    },
    get state() {
      return state;
    },
    onBatch(listener: (events: LiveEvent[]) => void) {
      batchListeners.add(listener);
      return () => batchListeners.delete(listener);
    },
    onState(listener: (state: ConnectionState) => void) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    /** Too much was missed to replay: reload the snapshot. */
    onReset(listener: () => void) {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
  };
}

export type LiveStore = ReturnType<typeof createLiveStore>;
