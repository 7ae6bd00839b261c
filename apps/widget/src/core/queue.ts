import type { ResponseInput } from '@pulse/shared/contracts';
import { backoffDelay } from './backoff.js';
import { type KeyValueStore, readJson, writeJson } from './storage.js';

/** An answer with its idempotency key, stored until the API has acknowledged it. */
export type PendingAnswer = ResponseInput & { idempotencyKey: string };

export type SendOutcome = 'done' | 'retry';

export interface Transport {
  send(answer: PendingAnswer): Promise<SendOutcome>;
  /** Fire-and-forget for a page that is going away; true when the browser took it. */
  beacon(answer: PendingAnswer): boolean;
}

export interface QueueOptions {
  store: KeyValueStore;
  storageKey: string;
  transport: Transport;
  random: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  isOnline: () => boolean;
}

/** More than this many unsent answers means something is badly wrong; keep the newest. */
const MAX_PENDING = 20;

export interface AnswerQueue {
  pending(): PendingAnswer[];
  /** Persists the answer, then tries to send everything pending. */
  add(answer: PendingAnswer): Promise<void>;
  /** Sends what is pending, oldest first; after a failure, waits with backoff and starts over. */
  flush(): Promise<void>;
  /** The `online` event: try at once instead of waiting out the backoff. */
  online(): Promise<void>;
  /** On `pagehide`: hand everything pending to the browser; kept until a later load confirms it. */
  beaconAll(): void;
}

/**
 * Delivers each answer exactly once: the answer and its key are persisted before the
 * first attempt, retried with backoff, and removed only after the API said done. A
 * replay (another tab, a beacon that did arrive, a reload) reuses the key, so the
 * API answers 200 instead of storing a second document.
 */
export function createAnswerQueue({
  store,
  storageKey,
  transport,
  random,
  setTimer,
  isOnline,
}: QueueOptions): AnswerQueue {
  /** The flush under way: a second caller waits for it instead of starting another. */
  let running: Promise<void> | undefined;
  let attempt = 0;
  let timerPending = false;

  const pending = (): PendingAnswer[] => {
    const list = readJson<PendingAnswer[]>(store, storageKey);
    return Array.isArray(list) ? list : [];
  };
  const save = (list: PendingAnswer[]) => writeJson(store, storageKey, list);

  const scheduleRetry = () => {
    if (timerPending) return;
    timerPending = true;
    setTimer(
      () => {
        timerPending = false;
        void flush();
      },
      backoffDelay(attempt++, random),
    );
  };

  async function sendPending(): Promise<void> {
    // Re-read each round: an answer added while this loop awaits is sent in this same flush.
    const sent = new Set<string>();
    for (let next = pending()[0]; next; next = pending().find((a) => !sent.has(a.idempotencyKey))) {
      const key = next.idempotencyKey;
      if ((await transport.send(next)) === 'retry') return scheduleRetry();
      sent.add(key);
      save(pending().filter((a) => a.idempotencyKey !== key));
    }
    attempt = 0;
  }

  function flush(): Promise<void> {
    if (!isOnline()) return Promise.resolve();
    running ??= sendPending().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    pending,
    add(answer) {
      save([...pending(), answer].slice(-MAX_PENDING));
      return flush();
    },
    flush,
    online() {
      attempt = 0;
      return flush();
    },
    beaconAll() {
      for (const answer of pending()) transport.beacon(answer);
    },
  };
}
