import { hostname } from 'node:os';
import { ResponsePage } from '@pulse/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalId } from '../../db/journal.js';
import { startTestApi, type TestApi } from '../../testing/index.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'explorer_check' });
});
afterAll(() => api.close());

/** A survey whose answers are stored but missing from the explorer index (as before it existed). */
async function unindexedSurvey(count: number) {
  const { models, ingest } = api.server.services;
  const project = await api.createProject();
  const survey = await api.createSurvey(project.apiKey);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await api.answer(project.publicKey, survey.id, { score: i })).id);
  await ingest.settle();
  await models.ExplorerHead.deleteOne({ _id: survey.id });
  const list = async () =>
    ResponsePage.parse(
      (
        await request(api.url)
          .get('/v1/responses')
          .query({ surveyId: survey.id })
          .set({ Authorization: `Bearer ${project.apiKey}` })
          .expect(200)
      ).body,
    );
  return { ids, list };
}

describe('the reconciler and the explorer index', () => {
  it('finds answers missing from the index, indexes them and reports it on /metrics', async () => {
    const s = await unindexedSurvey(4);
    expect((await s.list()).items).toEqual([]);
    const report = await api.server.services.ingest.reconciler.run();
    expect(report.unindexedAnswers).toBe(4);
    expect((await s.list()).items.map((i) => i.id)).toEqual([...s.ids].reverse());
    const metrics = await request(api.url).get('/metrics');
    expect(metrics.text).toMatch(/^pulse_reconcile_unindexed_answers 4$/m);
    expect((await api.server.services.ingest.reconciler.run()).unindexedAnswers, 'a second pass').toBe(0);
  });

  it('leaves alone answers whose derived work is still open (that is lag, not drift)', async () => {
    const { models, ingest } = api.server.services;
    const s = await unindexedSurvey(3);
    const busy = 'b05e0000bbbb';
    await models.Checkpoint.create({ _id: busy, beat: new Date(), host: hostname(), pid: process.pid });
    await models.Journal.insertMany([
      {
        _id: journalId(busy, 1),
        owner: busy,
        seq: 1,
        responseIds: [s.ids[1]],
        surveyIds: [],
        createdAt: new Date(),
      },
    ]);
    try {
      expect((await ingest.reconciler.run()).unindexedAnswers).toBe(2);
      expect((await s.list()).items.map((i) => i.id)).toEqual([s.ids[2], s.ids[0]]);
    } finally {
      await models.Journal.deleteOne({ _id: journalId(busy, 1) });
      await models.Checkpoint.deleteOne({ _id: busy });
    }
  });
});
