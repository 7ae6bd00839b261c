import { classifyFeedback, classifyScore } from '@pulse/shared';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerHeadDoc } from '../../db/explorer.js';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import { startTestApi, type TestApi } from '../../testing/index.js';
import { PART_SIZE } from './entry.js';
import { NO_LIMITS, openIndex, type ScanLimits } from './index-reader.js';
import { createIndexWriter } from './index-writer.js';
import { planOf } from './plan.js';

let api: TestApi;
let models: Models;
beforeAll(async () => {
  api = await startTestApi({ label: 'explorer_index' });
  models = api.server.services.models;
});
afterAll(() => api.close());

const HOUR = 3_600_000;
const start = Date.UTC(2025, 2, 1);

/** An answer as ingest stores it, the i-th of its survey. */
function answer(surveyId: Types.ObjectId, i: number): ResponseDoc {
  const score = i % 11;
  const comment = i % 97 === 0 ? 'I am going to cancel' : `answer ${i}`;
  const at = new Date(start + i * 60_000);
  return {
    _id: new Types.ObjectId(),
    projectId: new Types.ObjectId(),
    surveyId,
    score,
    category: classifyScore(score),
    comment,
    locale: 'en',
    respondent: {},
    context: {},
    classification: classifyFeedback({ score, comment, locale: 'en' }),
    idempotencyKey: String(i),
    requestHash: '',
    answeredAt: at,
    createdAt: at,
    batch: null,
  };
}

const newestFirst = (docs: ResponseDoc[]) => docs.map((d) => d._id.toHexString()).reverse();

/** Every match, newest first, over as many scans as the limits make it take. */
async function scanAll(surveyId: Types.ObjectId, limits: ScanLimits = NO_LIMITS, query = {}) {
  const ids: string[] = [];
  let below: number | null = null;
  let scans = 0;
  for (;;) {
    scans++;
    const index = await openIndex(models, surveyId.toHexString());
    const end = await index!.scan(planOf(query), below, limits, (e) => {
      ids.push(e.id);
      return true;
    });
    if (end.reason !== 'limit') return { ids, scans };
    if (scans > 500) throw new Error('no end after 500 scans');
    below = end.below;
  }
}

async function indexed(count: number) {
  const surveyId = new Types.ObjectId();
  const docs = Array.from({ length: count }, (_, i) => answer(surveyId, i));
  const writer = createIndexWriter(models);
  for (let i = 0; i < docs.length; i += 400) {
    await writer.add(docs.slice(i, i + 400), { owner: 'a1b2c3d4e5f6', firstSeq: i + 1, lastSeq: i + 1 });
  }
  return { surveyId, docs, writer };
}

describe('the explorer index', () => {
  it('gives every answer once, newest first, across the tail and the sealed parts', async () => {
    const { surveyId, docs } = await indexed(6 * PART_SIZE + 123);
    const head = await models.ExplorerHead.findById(surveyId.toHexString()).lean<ExplorerHeadDoc>();
    expect(head?.count).toBe(docs.length);
    expect(head!.sealed).toBeGreaterThanOrEqual(4);
    expect(await models.ExplorerKeys.countDocuments({ surveyId })).toBe(head!.sealed);
    expect(await models.ExplorerItems.countDocuments({ surveyId })).toBe(head!.sealed);
    expect((await scanAll(surveyId)).ids).toEqual(newestFirst(docs));
  });

  it('changes nothing when a batch is indexed again, by its journal mark or by the tail', async () => {
    const { surveyId, docs, writer } = await indexed(3 * PART_SIZE);
    await writer.add(docs.slice(0, 400), { owner: 'a1b2c3d4e5f6', firstSeq: 1, lastSeq: 1 });
    await writer.add(docs.slice(-300));
    const head = await models.ExplorerHead.findById(surveyId.toHexString()).lean<ExplorerHeadDoc>();
    expect(head?.count).toBe(docs.length);
    expect((await scanAll(surveyId)).ids).toEqual(newestFirst(docs));
  });

  it('seals the same part again after a crash lost the head write, and shows each answer once', async () => {
    const surveyId = new Types.ObjectId();
    const docs = Array.from({ length: 3 * PART_SIZE }, (_, i) => answer(surveyId, i));
    const writer = createIndexWriter(models);
    await writer.add(docs.slice(0, 2 * PART_SIZE));
    const before = await models.ExplorerHead.findById(surveyId.toHexString()).lean<ExplorerHeadDoc>();
    await writer.add(docs.slice(2 * PART_SIZE)); // seals part 0, then writes the head
    await models.ExplorerHead.replaceOne({ _id: surveyId.toHexString() }, before!); // …as if that write was lost
    await writer.add(docs.slice(2 * PART_SIZE));
    expect(await models.ExplorerKeys.countDocuments({ surveyId })).toBe(1);
    expect((await scanAll(surveyId)).ids).toEqual(newestFirst(docs));
  });

  it('stops at its limits and goes on from where it stopped, missing and repeating nothing', async () => {
    const { surveyId, docs } = await indexed(8 * PART_SIZE);
    const head = await models.ExplorerHead.findById(surveyId.toHexString()).lean<ExplorerHeadDoc>();
    const byKeys = await scanAll(surveyId, { keyParts: 2, itemParts: Number.POSITIVE_INFINITY });
    expect(byKeys.ids).toEqual(newestFirst(docs));
    expect(byKeys.scans).toBe(Math.ceil(head!.sealed / 2));
    const churn = docs.filter((d) => d.classification.churnRisk);
    const byItems = await scanAll(surveyId, { keyParts: 100, itemParts: 1 }, { churnRisk: true });
    expect(byItems.ids).toEqual(newestFirst(churn));
    expect(byItems.scans).toBeGreaterThan(3);
  });

  it('applies the filter to every answer, skipping the parts that cannot match', async () => {
    const { surveyId, docs } = await indexed(4 * PART_SIZE + 10);
    const churn = docs.filter((d) => d.classification.churnRisk);
    expect((await scanAll(surveyId, NO_LIMITS, { churnRisk: true })).ids).toEqual(newestFirst(churn));
    const window = {
      from: new Date(start + 20 * HOUR).toISOString(),
      to: new Date(start + 21 * HOUR).toISOString(),
    };
    const inWindow = docs.filter(
      (d) => d.answeredAt >= new Date(window.from) && d.answeredAt < new Date(window.to),
    );
    expect(inWindow).toHaveLength(60);
    expect((await scanAll(surveyId, NO_LIMITS, window)).ids).toEqual(newestFirst(inWindow));
  });
});
