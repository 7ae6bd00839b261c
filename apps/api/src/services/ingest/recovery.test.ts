import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Types } from 'mongoose';
import request from 'supertest';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { journalId } from '../../db/journal.js';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import { startTestApi, type TestApi, testDatabaseUrl } from '../../testing/index.js';
import { applyRollups } from '../summaries/rollups.js';
import { responseIdFor } from './index.js';

const started: TestApi[] = [];
afterAll(() => Promise.all(started.map((api) => api.close())));

async function start(mongoUrl: string): Promise<TestApi> {
  const api = await startTestApi({ env: { MONGO_URL: mongoUrl } });
  started.push(api);
  return api;
}

/** An answer as ingest stores it, written by `batch` (a journal entry id). */
function answer(project: string, survey: string, score: number, batch: string): ResponseDoc {
  const key = randomUUID();
  const now = new Date();
  return {
    _id: responseIdFor(project, key),
    projectId: new Types.ObjectId(project),
    surveyId: new Types.ObjectId(survey),
    score,
    category: score <= 6 ? 'detractor' : score >= 9 ? 'promoter' : 'passive',
    comment: null,
    locale: 'en',
    respondent: {},
    context: {},
    classification: null,
    idempotencyKey: key,
    requestHash: 'x',
    answeredAt: now,
    createdAt: now,
    batch,
  };
}

async function openEntry(models: Models, owner: string, seq: number, docs: ResponseDoc[]): Promise<void> {
  await models.Journal.insertMany([
    {
      _id: journalId(owner, seq),
      owner,
      seq,
      responseIds: docs.map((d) => d._id),
      surveyIds: [...new Set(docs.map((d) => d.surveyId))],
      createdAt: new Date(),
    },
  ]);
}

/** A pid that surely belongs to no process any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

describe('taking over the work of a stopped process', () => {
  it('counts each answer of its open journal entries once, opens their follow-ups and closes the entries', async () => {
    const mongoUrl = testDatabaseUrl('recovery');
    const setup = await start(mongoUrl);
    const project = await setup.createProject();
    const survey = await setup.createSurvey(project.apiKey);
    const { models } = setup.server.services;
    const dead = 'deadbeef0001';
    const [e1, e2] = [journalId(dead, 1), journalId(dead, 2)];

    // What a crash leaves behind: entry 1 stored two answers and counted them before the
    // crash; entry 2 stored one, named a replay of entry 1's answer, and one never inserted.
    const [a, b, c, neverStored] = [
      answer(project.projectId, survey.id, 2, e1),
      answer(project.projectId, survey.id, 10, e1),
      answer(project.projectId, survey.id, 3, e2),
      answer(project.projectId, survey.id, 9, e2),
    ] as [ResponseDoc, ResponseDoc, ResponseDoc, ResponseDoc];
    await models.Response.insertMany([a, b, c]);
    await openEntry(models, dead, 1, [a, b]);
    await openEntry(models, dead, 2, [c, b, neverStored]);
    await applyRollups(models, [a, b], { owner: dead, firstSeq: 1, lastSeq: 1 });
    await models.Checkpoint.create({ _id: dead, beat: new Date(Date.now() - 3_600_000) });

    const api = await start(mongoUrl);
    const auth = { Authorization: `Bearer ${project.apiKey}` };
    await vi.waitFor(async () => expect(await models.Journal.countDocuments()).toBe(0), { timeout: 15_000 });
    const summary = await request(api.url).get(`/v1/surveys/${survey.id}/summary?bucket=hour`).set(auth);
    expect(summary.body).toMatchObject({ total: 3, promoters: 1, detractors: 2 });
    expect(summary.body.trend.reduce((n: number, t: { total: number }) => n + t.total, 0)).toBe(3);
    const followUps = await request(api.url).get('/v1/followups').set(auth);
    expect(followUps.body.items.map((f: { id: string }) => f.id).sort()).toEqual(
      [a._id.toHexString(), c._id.toHexString()].sort(),
    );
    expect(await models.Checkpoint.countDocuments({ _id: dead })).toBe(0);
    expect(await models.Rollup.countDocuments({ [`hw.${dead}`]: { $exists: true } })).toBe(0);
  });

  it('does not wait for the beat to go stale when the process is gone from this host (kill -9, restart)', async () => {
    const mongoUrl = testDatabaseUrl('recovery_pid');
    const api = await start(mongoUrl);
    const project = await api.createProject();
    const survey = await api.createSurvey(project.apiKey);
    const { models } = api.server.services;
    const dead = 'deadbeef0002';
    const stranded = answer(project.projectId, survey.id, 1, journalId(dead, 1));
    await models.Response.insertMany([stranded]);
    await openEntry(models, dead, 1, [stranded]);
    // Its beat is fresh: only the pid tells that it died.
    await models.Checkpoint.create({ _id: dead, beat: new Date(), host: hostname(), pid: deadPid() });

    await vi.waitFor(async () => expect(await models.FollowUp.countDocuments()).toBe(1), { timeout: 10_000 });
    await vi.waitFor(async () => expect(await models.Checkpoint.countDocuments({ _id: dead })).toBe(0));
  });

  it('leaves a live process alone', async () => {
    const mongoUrl = testDatabaseUrl('recovery_live');
    const api = await start(mongoUrl);
    const { models } = api.server.services;
    const alive = 'a11ve0000001';
    await models.Checkpoint.create({ _id: alive, beat: new Date(), host: hostname(), pid: process.pid });
    await openEntry(models, alive, 1, []);
    // Two beats of ours later (each looks for dead processes), its entry is still its own.
    const ourBeat = async () =>
      (await models.Checkpoint.findOne({ _id: { $ne: alive } }).lean())?.beat.getTime() ?? 0;
    for (let beats = 0, last = await ourBeat(); beats < 2; ) {
      await vi.waitFor(async () => expect(await ourBeat()).toBeGreaterThan(last), { timeout: 10_000 });
      last = await ourBeat();
      beats++;
    }
    expect(await models.Journal.countDocuments({ owner: alive })).toBe(1);
    expect((await models.Checkpoint.findById(alive).lean())?.claimedBy ?? null).toBeNull();
  });
});
