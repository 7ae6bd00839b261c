import type { LiveEvent } from '@pulse/shared/contracts';

/** What the protocol needs of the live store (a `LiveStore` is one). */
export interface LiveTail {
  onBatch(listener: (events: LiveEvent[]) => void): () => void;
  /** The store missed too much to replay: every view reloads its snapshot. */
  onReset(listener: () => void): () => void;
}

export interface SnapshotTailOptions<Snapshot> {
  live: LiveTail;
  /** The id of the newest event published so far (`api.latestEventId`). */
  latestEventId: () => Promise<number>;
  /** Reads the view's data, in as many requests as it needs. */
  read: () => Promise<Snapshot>;
  /** Shows a snapshot in place of the previous one. */
  show: (snapshot: Snapshot) => void;
  /**
   * Events published after the shown snapshot was read, in order, each once.
   * One published while the snapshot was being read may already be in it, so
   * applying must be idempotent (a follow-up's version, an answer's id).
   */
  apply: (events: LiveEvent[]) => void;
  /** The snapshot could not be read; live events wait for the next one. */
  fail: (error: unknown) => void;
}

export interface SnapshotTail {
  /** Reads a fresh snapshot (filters changed, a retry); the newest call wins. */
  reload(): Promise<void>;
  stop(): void;
}

/**
 * "Snapshot, then live tail": the one way a view shows data that changes live.
 *
 * The cursor (newest event id) is read before the snapshot, so every event up
 * to it is in the snapshot and only later ones are applied on top. Events that
 * arrive while the snapshot loads are buffered and applied once it is shown:
 * applied to the old data they would be overwritten by a snapshot read before
 * they happened, and lost until that item changed again.
 */
export function followSnapshot<Snapshot>(options: SnapshotTailOptions<Snapshot>): SnapshotTail {
  const { live, latestEventId, read, show, apply, fail } = options;
  let turn = 0;
  /** The cursor of the shown snapshot; null while none can be trusted (before the first, after a failure). */
  let shownUpTo: number | null = null;
  /** Events received while a snapshot loads; null when none is loading. */
  let buffer: LiveEvent[] | null = null;

  function receive(events: LiveEvent[]) {
    if (buffer) buffer.push(...events);
    else if (shownUpTo !== null) {
      const after = shownUpTo;
      const fresh = events.filter((e) => e.eventId > after);
      if (fresh.length > 0) apply(fresh);
    }
  }

  async function reload() {
    const mine = ++turn;
    buffer ??= [];
    try {
      const cursor = await latestEventId();
      const snapshot = await read();
      if (mine !== turn) return;
      const waiting = (buffer ?? []).filter((e) => e.eventId > cursor);
      buffer = null;
      shownUpTo = cursor;
      show(snapshot);
      if (waiting.length > 0) apply(waiting);
    } catch (error) {
      if (mine !== turn) return;
      buffer = null;
      shownUpTo = null;
      fail(error);
    }
  }

  const offBatch = live.onBatch(receive);
  const offReset = live.onReset(() => void reload());
  return {
    reload,
    stop() {
      turn++;
      buffer = null;
      offBatch();
      offReset();
    },
  };
}
