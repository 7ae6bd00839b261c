import type { ResponseInput } from '@pulse/shared/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/lib/api.js';
import type { LiveStore } from '../src/lib/live/live-store.js';
import { createAnswerDetail } from '../src/screens/responses/answer-detail.svelte.js';
import { viewOf } from '../src/screens/responses/explorer-query.js';
import { createExplorer } from '../src/screens/responses/explorer-state.svelte.js';
import { responsesApi } from '../src/screens/responses/responses-api.js';
import { emailOf, type Fixture, startFixture, until } from './api-fixture.js';
import { memoryStorage, signedInLive } from './live-client.js';

const LABEL = 'explorer_state';
let fx: Fixture;
let api: Api;
let live: LiveStore;
beforeAll(async () => {
  fx = await startFixture(LABEL);
  ({ api, live } = await signedInLive(fx.api.url, emailOf('viewer', LABEL)));
});
afterAll(async () => {
  live?.stop();
  await fx?.api.close();
});

/** An answer as the widget sends it, waited for until the explorer's index holds it. */
async function answer(fields: Omit<ResponseInput, 'publicKey' | 'surveyId'>, surveyId = fx.surveyId) {
  const { id } = await fx.api.answer(fx.project.publicKey, surveyId, fields);
  await fx.api.server.services.ingest.settle();
  return id;
}

function explorer(files: { blob: Blob; name: string }[] = []) {
  return createExplorer({
    api,
    live,
    storage: memoryStorage(),
    save: (blob, name) => void files.push({ blob, name }),
    limit: 2,
    freshDelayMs: 20,
  });
}

describe('the explorer state', () => {
  it('lists the survey’s answers newest first under the view’s filters, page by page, each once', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++)
      ids.unshift(
        await answer({
          score: 9,
          comment: `paging ${i}`,
          respondent: { id: `p${i}`, traits: { cohort: 'paging' } },
        }),
      );
    const screen = explorer();
    await screen.start(viewOf({ survey: fx.surveyId, trait: 'cohort=paging' }));
    expect(screen.state.items.map((r) => r.id)).toEqual(ids.slice(0, 2));
    while (screen.state.nextCursor) await screen.loadMore();
    expect(screen.state.items.map((r) => r.id)).toEqual(ids);
    screen.stop();
  });

  it('exports exactly what the view lists: the same filters and the same window', async () => {
    await answer({
      score: 2,
      comment: 'Export me: refund please',
      respondent: { traits: { cohort: 'export' } },
    });
    await answer({ score: 2, comment: 'Not me', respondent: { traits: { cohort: 'export' } } });
    const files: { blob: Blob; name: string }[] = [];
    const screen = explorer(files);
    await screen.start(viewOf({ survey: fx.surveyId, period: '7d', trait: 'cohort=export', q: 'REFUND' }));
    expect(screen.state.items).toHaveLength(1);
    await screen.exportCsv();
    const [header, ...rows] = (await files[0]!.blob.text()).trim().split('\n');
    expect(header!.startsWith('id,')).toBe(true);
    expect(rows.map((r) => r.split(',')[0])).toEqual(screen.state.items.map((r) => r.id));
    expect(files[0]!.name).toBe(`responses-${fx.surveyId}.csv`);
    screen.stop();
  });

  it('counts live answers the view would show, leaves the list as it is, and shows them on request', async () => {
    const word = `live${Date.now()}`;
    const first = await answer({ score: 5, comment: `${word} one` });
    const screen = explorer();
    await screen.start(viewOf({ survey: fx.surveyId, q: word }));
    expect(screen.state.items.map((r) => r.id)).toEqual([first]);

    await answer({ score: 5, comment: 'unrelated' });
    const second = await answer({ score: 5, comment: `${word} two` });
    await until(() => screen.state.fresh === 1, 'one new matching answer to be offered');
    expect(screen.state.items.map((r) => r.id)).toEqual([first]);
    await screen.showFresh();
    expect(screen.state.items.map((r) => r.id)).toEqual([second, first]);
    expect(screen.state.fresh).toBe(0);
    screen.stop();
  });

  it('follows the address: reads again when the filters change, not when an answer opens', async () => {
    const screen = explorer();
    // An address naming no survey shows the first; opening an answer adds the survey to it.
    await screen.start(viewOf({}));
    await screen.loadMore();
    const before = screen.state.items;
    expect(before.length).toBeGreaterThan(2);
    await screen.setView(viewOf({ survey: fx.surveyId, answer: before[0]!.id }));
    expect(screen.state.items, 'the pages loaded stay').toBe(before);
    await screen.setView(viewOf({ survey: fx.surveyId, category: 'detractor' }));
    expect(screen.state.items.every((r) => r.category === 'detractor')).toBe(true);
    screen.stop();
  });

  it('says when the API refuses a filter', async () => {
    const screen = explorer();
    await screen.start({ ...viewOf({ survey: fx.surveyId }), q: '´´' });
    expect(screen.state).toMatchObject({ status: 'error', error: 'invalid' });
    screen.stop();
  });
});

describe('an answer’s detail', () => {
  it('shows the answer with its follow-up and the respondent’s answers across surveys, newest first', async () => {
    const other = (await fx.api.createSurvey(fx.project.apiKey, { name: 'Second survey' })).id;
    const respondent = { id: `timeline-${Date.now()}`, traits: { plan: 'pro' } };
    const older = await answer({ score: 8, comment: 'fine', respondent }, other);
    const newest = await answer({ score: 1, comment: 'I will cancel, billed twice', respondent });
    const detail = createAnswerDetail({ reads: responsesApi(api) });
    await detail.open(newest);
    expect(detail.state.status).toBe('ready');
    expect(detail.state.answer).toMatchObject({ id: newest, respondent, followUp: { status: 'open' } });
    expect(detail.state.timeline).toMatchObject({ status: 'ready', truncated: false });
    expect(detail.state.timeline!.items.map((r) => r.id)).toEqual([newest, older]);

    await detail.open('0'.repeat(24));
    expect(detail.state.status).toBe('missing');
    detail.close();
    expect(detail.state).toEqual({ status: 'closed', answer: null, timeline: null });
  });

  it('has no timeline for an anonymous answer', async () => {
    const id = await answer({ score: 9, comment: 'anonymous' });
    const detail = createAnswerDetail({ reads: responsesApi(api) });
    await detail.open(id);
    expect(detail.state).toMatchObject({ status: 'ready', timeline: null, answer: { followUp: null } });
  });
});
