import { hostname } from 'node:os';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalId } from '../../db/journal.js';
import { startTestApi, type TestApi } from '../../testing/index.js';
import { rollupId } from '../summaries/rollups.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'reconcile' });
});
afterAll(() => api.close());

async function surveyWithAnswers(scores: number[]) {
  const project = await api.createProject();
  const survey = await api.createSurvey(project.apiKey);
  for (const score of scores) await api.answer(project.publicKey, survey.id, { score });
  await api.server.services.ingest.settle();
  return { project, survey, auth: { Authorization: `Bearer ${project.apiKey}` } };
}

describe('the reconciler', () => {
  it('finds rollups and follow-ups that drifted from the answers, repairs them and reports it on /metrics', async () => {
    const { models, ingest } = api.server.services;
    const { survey, auth } = await surveyWithAnswers([0, 1, 2, 3, 10, 10, 9, 8]);
    // Drift of every kind: a phantom count, a lost one, a missing hour bucket, a lost follow-up.
    await models.Rollup.updateOne({ _id: rollupId(survey.id, 'all') }, { $inc: { total: 3, s3: 3 } });
    const [day] = await models.Rollup.find({ surveyId: survey.id, bucket: 'day' }).lean();
    await models.Rollup.updateOne({ _id: day!._id }, { $inc: { total: -1, s10: -1 } });
    await models.Rollup.deleteMany({ surveyId: survey.id, bucket: 'hour' });
    const lost = await models.FollowUp.findOneAndDelete({ surveyId: survey.id }).lean();

    const report = await ingest.reconciler.run();
    expect(report).toMatchObject({ driftAnswers: 3 + 1 + 8, missingFollowUps: 1, orphanFollowUps: 0 });
    const summary = await request(api.url).get(`/v1/surveys/${survey.id}/summary?bucket=hour`).set(auth);
    expect(summary.body).toMatchObject({ total: 8, detractors: 4, promoters: 3 });
    expect(summary.body.distribution).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 2]);
    expect(summary.body.trend.reduce((n: number, b: { total: number }) => n + b.total, 0)).toBe(8);
    const days = await request(api.url).get(`/v1/surveys/${survey.id}/summary?bucket=day`).set(auth);
    expect(days.body.trend.reduce((n: number, b: { total: number }) => n + b.total, 0)).toBe(8);
    expect(await models.FollowUp.exists({ _id: lost!._id })).toBeTruthy();

    const metrics = await request(api.url).get('/metrics');
    expect(metrics.text).toMatch(/^pulse_reconcile_drift_answers 12$/m);
    expect(metrics.text).toMatch(/^pulse_reconcile_missing_followups 1$/m);
    expect((await ingest.reconciler.run()).driftAnswers, 'a second pass finds nothing').toBe(0);
  });

  it('leaves alone a survey whose derived work is still open (that is lag, not drift)', async () => {
    const { models, ingest } = api.server.services;
    const { survey } = await surveyWithAnswers([9, 9]);
    const busy = 'b05e0000aaaa';
    await models.Checkpoint.create({ _id: busy, beat: new Date(), host: hostname(), pid: process.pid });
    await models.Journal.insertMany([
      {
        _id: journalId(busy, 1),
        owner: busy,
        seq: 1,
        responseIds: [],
        surveyIds: [survey.id],
        createdAt: new Date(),
      },
    ]);
    await models.Rollup.updateOne({ _id: rollupId(survey.id, 'all') }, { $inc: { total: -2, s9: -2 } });

    const report = await ingest.reconciler.run();
    expect(report.skippedSurveys).toBeGreaterThanOrEqual(1);
    const all = await models.Rollup.findById(rollupId(survey.id, 'all')).lean<{ total: number }>();
    expect(all?.total, 'not repaired while its entry is open').toBe(0);
    await models.Journal.deleteOne({ _id: journalId(busy, 1) });
    await models.Checkpoint.deleteOne({ _id: busy });
  });
});
