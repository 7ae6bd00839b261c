import type { FollowUp, LiveEvent } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import { followSnapshot, type LiveTail } from './snapshot-tail.js';

/** A live store in memory: the test publishes events and resets when it likes. */
function memoryLive() {
  const batchListeners = new Set<(events: LiveEvent[]) => void>();
  const resetListeners = new Set<() => void>();
  const live: LiveTail = {
    onBatch(listener) {
      batchListeners.add(listener);
      return () => batchListeners.delete(listener);
    },
    onReset(listener) {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
  };
  return {
    live,
    publish(...events: LiveEvent[]) {
      for (const listener of batchListeners) listener(events);
    },
    reset() {
      for (const listener of resetListeners) listener();
    },
    listeners: () => batchListeners.size + resetListeners.size,
  };
}

const changed = (eventId: number, id: string, version: number): LiveEvent => ({
  type: 'followup.updated',
  eventId,
  projectId: 'p'.repeat(24),
  surveyId: 's'.repeat(24),
  followUp: { id, version } as FollowUp,
});

function deferred<T>() {
  const handles: { resolve: (value: T) => void; reject: (error: unknown) => void } = {
    resolve: () => undefined,
    reject: () => undefined,
  };
  const promise = new Promise<T>((resolve, reject) => Object.assign(handles, { resolve, reject }));
  return { promise, ...handles };
}

type Versions = Record<string, number>;

/** A queue-like view: a snapshot of versions, upserted by newer versions. */
function follow(source: ReturnType<typeof memoryLive>, cursors: number[], reads: Promise<Versions>[]) {
  const view = { shown: null as Versions | null, applied: [] as number[], failures: 0 };
  const tail = followSnapshot<Versions>({
    live: source.live,
    latestEventId: async () => cursors.shift()!,
    read: () => reads.shift()!,
    show: (snapshot) => (view.shown = { ...snapshot }),
    apply: (events) => {
      for (const e of events) {
        view.applied.push(e.eventId);
        if (e.type !== 'followup.updated' || !view.shown) continue;
        const { id, version } = e.followUp;
        if ((view.shown[id] ?? -1) < version) view.shown[id] = version;
      }
    },
    fail: () => view.failures++,
  });
  return { view, tail };
}

describe('snapshot, then live tail', () => {
  it('keeps a change published after the cursor was read but before the list was, applied on top', async () => {
    const source = memoryLive();
    const list = deferred<Versions>();
    const { view, tail } = follow(source, [5], [list.promise]);
    const loading = tail.reload();
    await Promise.resolve();
    // The list is read (version 1), then a colleague's change (event 6, version 2) arrives
    // over the socket before the list's response does.
    source.publish(changed(6, 'a', 2));
    list.resolve({ a: 1, b: 1 });
    await loading;
    expect(view.shown).toEqual({ a: 2, b: 1 });
    expect(view.applied).toEqual([6]);
  });

  it('applies live events after the snapshot, skipping those it already holds', async () => {
    const source = memoryLive();
    const list = deferred<Versions>();
    const { view, tail } = follow(source, [5], [list.promise]);
    const loading = tail.reload();
    source.publish(changed(4, 'a', 1)); // delivered late, but counted in the snapshot
    list.resolve({ a: 1 });
    await loading;
    source.publish(changed(5, 'a', 1), changed(7, 'a', 3));
    expect(view.applied).toEqual([7]);
    expect(view.shown).toEqual({ a: 3 });
  });

  it('shows only the newest of overlapping reloads, with the events after its cursor', async () => {
    const source = memoryLive();
    const older = deferred<Versions>();
    const newer = deferred<Versions>();
    const { view, tail } = follow(source, [5, 6], [older.promise, newer.promise]);
    const first = tail.reload();
    const second = tail.reload();
    source.publish(changed(6, 'a', 2), changed(7, 'a', 3));
    newer.resolve({ a: 2 });
    await second;
    older.resolve({ a: 1 });
    await first;
    expect(view.shown).toEqual({ a: 3 });
    expect(view.applied).toEqual([7]);
  });

  it('applies nothing after a failed snapshot until the next one is shown', async () => {
    const source = memoryLive();
    const broken = deferred<Versions>();
    const { view, tail } = follow(source, [5, 8], [broken.promise, Promise.resolve({ a: 4 })]);
    const loading = tail.reload();
    broken.reject(new Error('503'));
    await loading;
    expect(view.failures).toBe(1);
    source.publish(changed(6, 'a', 2));
    expect(view.applied).toEqual([]);
    await tail.reload();
    source.publish(changed(9, 'a', 5));
    expect(view.shown).toEqual({ a: 5 });
    expect(view.applied).toEqual([9]);
  });

  it('reloads when the live store missed too much to replay, and stops listening when stopped', async () => {
    const source = memoryLive();
    const { view, tail } = follow(source, [5, 9], [Promise.resolve({ a: 1 }), Promise.resolve({ a: 7 })]);
    await tail.reload();
    source.reset();
    await new Promise((r) => setTimeout(r, 0));
    expect(view.shown).toEqual({ a: 7 });
    tail.stop();
    expect(source.listeners()).toBe(0);
  });
});
