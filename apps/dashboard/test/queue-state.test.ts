import type { FollowUp, LiveEvent } from '@pulse/shared/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/lib/api.js';
import type { LiveStore } from '../src/lib/live/live-store.js';
import { createQueue } from '../src/screens/queue/queue-state.svelte.js';
import { emailOf, type Fixture, postAnswer, startFixture, until } from './api-fixture.js';
import { signedInLive } from './live-client.js';

let fx: Fixture;
let api: Api;
let live: LiveStore;
beforeAll(async () => {
  fx = await startFixture('queue_state');
  ({ api, live } = await signedInLive(fx.api.url, emailOf('agent', 'queue_state')));
});
afterAll(async () => {
  live?.stop();
  await fx?.api.close();
});

/** Changes a follow-up the way a colleague does (API key), returning the new version. */
async function colleagueNotes(id: string, note: string): Promise<FollowUp> {
  const auth = { authorization: `Bearer ${fx.project.apiKey}`, 'content-type': 'application/json' };
  const current = (await fetch(`${fx.api.url}/v1/followups/${id}`, { headers: auth }).then((r) =>
    r.json(),
  )) as FollowUp;
  const res = await fetch(`${fx.api.url}/v1/followups/${id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ version: current.version, note }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as FollowUp;
}

/** A detractor's answer, and the id of the follow-up it opens once the API has opened it. */
async function openFollowUp(comment: string): Promise<string> {
  const id = await postAnswer(fx.api.url, fx.project, fx.surveyId, { score: 2, comment });
  await until(
    async () => (await api.followUps({ status: 'open', limit: 200 })).items.some((f) => f.id === id),
    comment,
  );
  return id;
}

/** Resolves once the live store has delivered the follow-up at `version` (or later). */
function delivered(id: string, version: number): Promise<void> {
  return new Promise((resolve) => {
    const off = live.onBatch((events: LiveEvent[]) => {
      if (
        events.some(
          (e) => e.type === 'followup.updated' && e.followUp.id === id && e.followUp.version >= version,
        )
      ) {
        off();
        resolve();
      }
    });
  });
}

const notesOf = (queue: ReturnType<typeof createQueue>, id: string) =>
  queue.state.items.find((f) => f.id === id)?.notes.map((n) => n.text);

describe('queue state', () => {
  it('keeps a change a colleague made while the list was loading', async () => {
    const id = await openFollowUp('changed while the queue loads');
    // The list is read, then a colleague's note is published and reaches this dashboard's
    // socket before the list's response does: the snapshot holds the older version.
    const slowList: Api = {
      ...api,
      async followUps(query) {
        const page = await api.followUps(query);
        const arrived = delivered(id, page.items.find((f) => f.id === id)!.version + 1);
        await colleagueNotes(id, 'Called back while you loaded');
        await arrived;
        return page;
      },
    };
    const queue = createQueue({ api: slowList, live });
    await queue.start();
    expect(queue.state.status).toBe('ready');
    expect(notesOf(queue, id)).toEqual(['Called back while you loaded']);
    queue.stop();
  });

  it('applies colleagues’ changes live, leaving a card that no longer matches only once nobody is on it', async () => {
    const id = await openFollowUp('resolved by a colleague');
    const queue = createQueue({ api, live });
    await queue.start();
    expect(queue.state.items.some((f) => f.id === id)).toBe(true);
    await colleagueNotes(id, 'Looking into it');
    await until(() => notesOf(queue, id)?.length === 1, 'the note to arrive live');

    queue.hold(id);
    const current = queue.state.items.find((f) => f.id === id)!;
    const res = await fetch(`${fx.api.url}/v1/followups/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${fx.project.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: current.version, status: 'resolved' }),
    });
    expect(res.status).toBe(200);
    await until(() => queue.state.items.find((f) => f.id === id)?.status === 'resolved', 'the resolution');
    queue.release(id);
    expect(
      queue.state.items.some((f) => f.id === id),
      'a resolved card under "open"',
    ).toBe(false);
    queue.stop();
  });

  it('says a change was stale and shows the current version in its place', async () => {
    const id = await openFollowUp('stale edit');
    const queue = createQueue({ api, live });
    await queue.start();
    const seen = queue.state.items.find((f) => f.id === id)!;
    queue.stop(); // this copy stops following, so `seen` goes stale
    const newer = await colleagueNotes(id, 'Refund issued');
    await queue.change(seen, { assignee: 'me@example.test' });
    expect(queue.state.notices.get(id)).toEqual({ code: 'stale' });
    expect(queue.state.items.find((f) => f.id === id)?.version).toBe(newer.version);
    expect(queue.state.busy.size).toBe(0);
  });
});
