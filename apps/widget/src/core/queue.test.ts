import { describe, expect, it } from 'vitest';
import { outcomeOf } from './http.js';
import { memoryStore } from './memory-store.js';
import { createAnswerQueue, type PendingAnswer, type SendOutcome } from './queue.js';

const answer = (key: string, score = 9): PendingAnswer => ({
  publicKey: 'pk_test',
  surveyId: '0123456789abcdef01234567',
  score,
  idempotencyKey: key,
});

/** A transport that answers from a script of outcomes and records what it saw. */
function scriptedTransport(outcomes: SendOutcome[]) {
  const sent: string[] = [];
  const bodies: string[] = [];
  const beacons: string[] = [];
  return {
    sent,
    bodies,
    beacons,
    send: async (a: PendingAnswer) => {
      sent.push(a.idempotencyKey);
      bodies.push(JSON.stringify(a));
      // Answer on a later task, as a real request does.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return outcomes.shift() ?? 'done';
    },
    beacon: (a: PendingAnswer) => {
      beacons.push(a.idempotencyKey);
      return true;
    },
  };
}

function setup(outcomes: SendOutcome[] = [], online = true) {
  const store = memoryStore();
  const transport = scriptedTransport(outcomes);
  const timers: { fn: () => void; ms: number }[] = [];
  const state = { online };
  const queue = createAnswerQueue({
    store,
    storageKey: 'q',
    transport,
    random: () => 0.5,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    isOnline: () => state.online,
  });
  return { store, transport, timers, state, queue };
}

describe('answer queue', () => {
  it('sends an answer once and forgets it after the API accepted it', async () => {
    const { queue, transport } = setup();
    await queue.add(answer('a'));
    expect(transport.sent).toEqual(['a']);
    expect(queue.pending()).toEqual([]);
  });

  it('keeps a failed answer, retries it with growing backoff and the same key', async () => {
    const { queue, transport, timers } = setup(['retry', 'retry', 'done']);
    await queue.add(answer('a'));
    expect(queue.pending().map((a) => a.idempotencyKey)).toEqual(['a']);
    expect(timers).toHaveLength(1);
    timers[0]?.fn();
    await queue.flush();
    expect(timers).toHaveLength(2);
    expect(timers[1]?.ms).toBeGreaterThan(timers[0]?.ms ?? Number.POSITIVE_INFINITY);
    timers[1]?.fn();
    await queue.flush();
    expect(transport.sent).toEqual(['a', 'a', 'a']);
    expect(queue.pending()).toEqual([]);
  });

  it('persists unsent answers so a new queue on the same storage (a reload) delivers them', async () => {
    const first = setup([], false);
    await first.queue.add(answer('a'));
    expect(first.transport.sent).toEqual([]);

    const transport = scriptedTransport([]);
    const reloaded = createAnswerQueue({
      store: first.store,
      storageKey: 'q',
      transport,
      random: () => 0.5,
      setTimer: () => undefined,
      isOnline: () => true,
    });
    await reloaded.flush();
    expect(transport.sent).toEqual(['a']);
    expect(reloaded.pending()).toEqual([]);
  });

  it('waits while offline and sends when the online event comes', async () => {
    const { queue, transport, state } = setup([], false);
    await queue.add(answer('a'));
    expect(transport.sent).toEqual([]);
    state.online = true;
    await queue.online();
    expect(transport.sent).toEqual(['a']);
  });

  it('delivers oldest first, including an answer added during a flush', async () => {
    const { queue, transport } = setup();
    await Promise.all([queue.add(answer('a')), queue.add(answer('b'))]);
    expect(transport.sent).toEqual(['a', 'b']);
    expect(queue.pending()).toEqual([]);
  });

  it('beacons every pending answer on pagehide and keeps them until a later flush confirms', async () => {
    const { queue, transport } = setup([], false);
    await queue.add(answer('a'));
    queue.beaconAll();
    expect(transport.beacons).toEqual(['a']);
    expect(queue.pending()).toHaveLength(1);
  });

  it('sends the very same body on every retry', async () => {
    const { queue, transport, timers } = setup(['retry', 'retry']);
    await queue.add(answer('a', 3));
    timers[0]?.fn();
    await queue.flush();
    timers[1]?.fn();
    await queue.flush();
    expect(transport.bodies).toHaveLength(3);
    expect(new Set(transport.bodies)).toEqual(new Set([JSON.stringify(answer('a', 3))]));
  });

  it('makes a second flush wait for the one under way instead of returning early', async () => {
    const { queue, transport } = setup();
    const first = queue.add(answer('a'));
    await queue.flush();
    expect(transport.sent).toEqual(['a']);
    expect(queue.pending()).toEqual([]);
    await first;
  });
});

describe('outcomeOf', () => {
  it('retries server errors, timeouts and rate limits, and gives up on other client errors', () => {
    expect([201, 200, 400, 409, 404].map(outcomeOf)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect([500, 503, 408, 429].map(outcomeOf)).toEqual(['retry', 'retry', 'retry', 'retry']);
  });
});
