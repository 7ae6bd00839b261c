import { LIVE_NAMESPACE, type LiveEvent } from '@pulse/shared';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/lib/api.js';
import { createLiveStore } from '../src/lib/live/live-store.js';
import { emailOf, type Fixture, postAnswer, sessionCookie, startFixture, until } from './api-fixture.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture('live_store');
});
afterAll(() => fx.api.close());

/** The dashboard's own store and HTTP client, in Node, with the session cookie set by hand. */
async function openStore() {
  const cookie = await sessionCookie(fx.api.url, emailOf('agent', 'live_store'));
  const api = createApi(fx.api.url, (input, init) =>
    fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie } }),
  );
  const socket = io(`${fx.api.url}${LIVE_NAMESPACE}`, {
    autoConnect: false,
    transports: ['websocket'],
    extraHeaders: { cookie },
  });
  const store = createLiveStore({ socket, eventsAfter: (after) => api.eventsAfter(after) });
  const received: LiveEvent[] = [];
  const batches: number[][] = [];
  store.onBatch((batch) => {
    received.push(...batch);
    batches.push(batch.map((e) => e.eventId));
  });
  store.start((await api.eventsAfter(0, 1)).lastEventId);
  await until(() => store.state === 'live', 'the store to go live');
  return { store, socket, received, batches };
}

const responsesIn = (events: LiveEvent[]) =>
  events.flatMap((e) => (e.type === 'response.created' ? [e.response.comment ?? ''] : []));

describe('live store', () => {
  it('delivers answers posted while it was disconnected exactly once after it reconnects', async () => {
    const { store, socket, received, batches } = await openStore();
    await postAnswer(fx.api.url, fx.project, fx.surveyId, { score: 10, comment: 'before' });
    await until(() => responsesIn(received).includes('before'), 'the live answer');

    socket.disconnect();
    await until(() => store.state === 'offline', 'the offline state');
    const missed = ['missed 1', 'missed 2', 'missed 3', 'missed 4', 'missed 5'];
    for (const comment of missed)
      await postAnswer(fx.api.url, fx.project, fx.surveyId, { score: 2, comment });
    socket.connect();
    await until(() => missed.every((c) => responsesIn(received).includes(c)), 'the missed answers');
    // One more live answer proves the socket is live again, and that nothing repeats behind it.
    await postAnswer(fx.api.url, fx.project, fx.surveyId, { score: 9, comment: 'after' });
    await until(() => responsesIn(received).includes('after'), 'the answer after reconnecting');

    const comments = responsesIn(received);
    for (const c of ['before', ...missed, 'after'])
      expect(
        comments.filter((x) => x === c),
        c,
      ).toHaveLength(1);
    const ids = received.map((e) => e.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    // Replayed and live events meet in the same frames here; each batch still comes in id order.
    for (const batch of batches) expect(batch).toEqual([...batch].sort((a, b) => a - b));
    store.stop();
  });

  it('reports unauthorized when the session is not valid', async () => {
    const socket = io(`${fx.api.url}${LIVE_NAMESPACE}`, {
      autoConnect: false,
      transports: ['websocket'],
      extraHeaders: { cookie: 'pulse_session=nope' },
      reconnection: false,
    });
    const store = createLiveStore({ socket, eventsAfter: () => Promise.reject(new Error('not called')) });
    store.start(0);
    await until(() => store.state === 'unauthorized', 'the unauthorized state');
    store.stop();
  });
});
