import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import type { ResponseDoc } from '../db/response.js';
import { startTestApi, type TestApi, testDatabaseUrl } from '../testing/index.js';
import { responseIdFor } from './ingest.js';
import { applyRollups } from './rollups.js';

const started: TestApi[] = [];
afterAll(() => Promise.all(started.map((api) => api.close())));

describe('derived work after a crash', () => {
  it('recounts rollups and opens follow-ups for answers a dead process stored but did not finish', async () => {
    const mongoUrl = testDatabaseUrl('derive');
    const first = await startTestApi({ env: { MONGO_URL: mongoUrl } });
    started.push(first);
    const project = await first.createProject();
    const survey = await first.createSurvey(project.apiKey);
    const { models } = first.server.services;

    // What a crash leaves behind: two answers stored, no rollups or follow-ups,
    // and the checkpoint of a process that stopped beating a while ago.
    const now = new Date();
    const stranded = [2, 10].map((score) => {
      const key = randomUUID();
      return {
        _id: responseIdFor(project.projectId, key),
        projectId: survey.projectId,
        surveyId: survey.id,
        score,
        category: score === 2 ? 'detractor' : 'promoter',
        comment: null,
        locale: 'en',
        respondent: {},
        context: {},
        classification: null,
        idempotencyKey: key,
        requestHash: 'x',
        answeredAt: now,
        createdAt: now,
      };
    });
    await models.Response.insertMany(stranded);
    // The dead process got as far as counting the second answer: an incremental redo would count it twice.
    await applyRollups(models, [(await models.Response.findById(stranded[1]!._id).lean<ResponseDoc>())!]);
    await models.Checkpoint.create({
      _id: 'dead-process',
      until: new Date(now.getTime() - 1_000),
      beat: new Date(now.getTime() - 3_600_000),
    });

    const second = await startTestApi({ env: { MONGO_URL: mongoUrl } });
    started.push(second);
    const auth = { Authorization: `Bearer ${project.apiKey}` };
    const summary = await request(second.url).get(`/v1/surveys/${survey.id}/summary`).set(auth);
    expect(summary.body).toMatchObject({ total: 2, promoters: 1, detractors: 1 });
    const followUps = await request(second.url).get('/v1/followups').set(auth);
    expect(followUps.body.items.map((f: { id: string }) => f.id)).toEqual([stranded[0]!._id.toHexString()]);
    expect(await models.Checkpoint.countDocuments({ _id: 'dead-process' })).toBe(0);
  });
});
