import type { LiveEvent } from '@pulse/shared/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/lib/api.js';
import type { LiveStore } from '../src/lib/live/live-store.js';
import { createOverview } from '../src/screens/overview/overview-state.svelte.js';
import { emailOf, type Fixture, postAnswer, startFixture, until } from './api-fixture.js';
import { memoryStorage, signedInLive } from './live-client.js';

let fx: Fixture;
let api: Api;
let live: LiveStore;
beforeAll(async () => {
  fx = await startFixture('overview_state');
  ({ api, live } = await signedInLive(fx.api.url, emailOf('agent', 'overview_state')));
});
afterAll(async () => {
  live?.stop();
  await fx?.api.close();
});

const noSave = () => {
  throw new Error('no export in this test');
};
const comments = (overview: ReturnType<typeof createOverview>) =>
  overview.state.feed.items.map((r) => r.comment);

/** Resolves once the live store has delivered the answer with this comment. */
function delivered(comment: string): Promise<void> {
  return new Promise((resolve) => {
    const off = live.onBatch((events: LiveEvent[]) => {
      if (events.some((e) => e.type === 'response.created' && e.response.comment === comment)) {
        off();
        resolve();
      }
    });
  });
}

/** What the API says for the overview's current survey, period and filters. */
async function apiSummary(overview: ReturnType<typeof createOverview>) {
  const { surveyId, period, filters } = overview.state;
  return api.summary(surveyId, { last: period.last, bucket: period.bucket, ...filters });
}

describe('overview state', () => {
  it('counts an answer that arrives while the snapshot loads once, in the tiles and the feed', async () => {
    await postAnswer(fx.api.url, fx.project, fx.surveyId, { score: 9, comment: 'before the snapshot' });
    // The feed is read, then an answer lands and reaches the socket before the feed's response.
    const slowFeed: Api = {
      ...api,
      async responses(surveyId, query) {
        const page = await api.responses(surveyId, query);
        const arrived = delivered('while the snapshot loads');
        await postAnswer(fx.api.url, fx.project, fx.surveyId, {
          score: 3,
          comment: 'while the snapshot loads',
        });
        await arrived;
        return page;
      },
    };
    const overview = createOverview({ api: slowFeed, live, storage: memoryStorage(), save: noSave });
    await overview.start();
    expect(overview.state.status).toBe('ready');
    expect(comments(overview)).toEqual(['while the snapshot loads', 'before the snapshot']);
    const truth = await apiSummary(overview);
    expect(overview.state.summary).toMatchObject({
      total: truth.total,
      detractors: truth.detractors,
      distribution: truth.distribution,
      nps: truth.nps,
    });
    overview.stop();
  });

  it('adds the live answers its filters let through, while the all-time total counts every one', async () => {
    const overview = createOverview({ api, live, storage: memoryStorage(), save: noSave });
    await overview.start();
    await overview.chooseFilters({ category: 'promoter' });
    await postAnswer(fx.api.url, fx.project, fx.surveyId, { score: 1, comment: 'filtered out' });
    await postAnswer(fx.api.url, fx.project, fx.surveyId, { score: 10, comment: 'let through' });
    await until(() => comments(overview).includes('let through'), 'the promoter to arrive live');
    await until(
      async () => overview.state.allTime.total === (await apiSummary(overview)).allTime.total,
      'the all-time total to count both',
    );
    expect(comments(overview)).not.toContain('filtered out');
    const truth = await apiSummary(overview);
    expect(overview.state.summary).toMatchObject({
      total: truth.total,
      promoters: truth.promoters,
      detractors: 0,
    });
    overview.stop();
  });

  it('remembers the survey chosen, and says when the project has none', async () => {
    const storage = memoryStorage();
    const second = await fx.api.createSurvey(fx.project.apiKey, { name: 'Second survey of overview_state' });
    const overview = createOverview({ api, live, storage, save: noSave });
    await overview.start();
    await overview.chooseSurvey(second.id);
    overview.stop();
    const again = createOverview({ api, live, storage, save: noSave });
    await again.start();
    expect(again.state.surveyId).toBe(second.id);
    again.stop();

    const empty = await fx.api.createProject({ name: 'Empty project of overview_state' });
    await fx.api.server.services.members.addMember({
      projectId: empty.projectId,
      email: emailOf('agent', 'overview_state'),
      role: 'agent',
    });
    api.useProject(empty.projectId);
    const none = createOverview({ api, live, storage: memoryStorage(), save: noSave });
    await none.start();
    expect(none.state.status).toBe('no-surveys');
    api.useProject(undefined);
    none.stop();
  });
});
