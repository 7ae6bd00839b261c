import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseDoc } from '../../db/response.js';
import { createLogger } from '../../logger.js';
import { startTestApi, type TestApi } from '../../testing/index.js';
import { createDeriveStage, type DerivedStep } from './derive.js';
import { createJournal } from './journal.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'derive_stage' });
});
afterAll(() => api.close());

/** Stand-ins for stored answers: the stage only passes them on to its steps. */
type Numbered = ResponseDoc & { n: number };
const doc = (n: number) => ({ _id: new Types.ObjectId(), n }) as unknown as Numbered;
const numbers = (docs: ResponseDoc[]) => docs.map((d) => (d as Numbered).n);

describe('the derive stage', () => {
  it('retries a failed step until it succeeds, without rerunning the steps that did, and lets nothing pass it', async () => {
    const { models } = api.server.services;
    const journal = createJournal(models);
    const seen: string[] = [];
    let failuresLeft = 2;
    const steps: DerivedStep[] = [
      {
        name: 'steady',
        run: async (docs) => void seen.push(`steady ${numbers(docs)}`),
      },
      {
        name: 'flaky',
        run: async (docs) => {
          if (failuresLeft-- > 0) throw new Error('the database hiccupped');
          seen.push(`flaky ${numbers(docs)}`);
        },
      },
    ];
    const stage = createDeriveStage({
      owner: 'stagetest0001',
      steps,
      journal,
      logger: createLogger('silent'),
    });
    const first = stage.reserve([]);
    await journal.open({ _id: first.id, owner: first.owner, seq: first.seq, responseIds: [], surveyIds: [] });
    first.fill([doc(1)]);
    expect(await stage.settle(100), 'still failing: settle says so instead of hanging').toBe(false);
    const second = stage.reserve([]);
    second.fill([doc(2)]);
    await stage.settle();

    expect(seen).toEqual(['steady 1', 'flaky 1', 'steady 2', 'flaky 2']);
    expect(stage.health().failures).toBe(2);
    expect(stage.health().failingForMs).toBe(0);
    expect(await models.Journal.countDocuments({ _id: first.id }), 'the entry is closed once done').toBe(0);
  });

  it('works entries in the order they were reserved, whatever order their inserts finish in', async () => {
    const seen: number[] = [];
    const stage = createDeriveStage({
      owner: 'stagetest0002',
      steps: [
        {
          name: 'record',
          run: async (docs) => void seen.push(...numbers(docs)),
        },
      ],
      journal: createJournal(api.server.services.models),
      logger: createLogger('silent'),
    });
    const [a, b, c] = [stage.reserve([]), stage.reserve([]), stage.reserve([])];
    c.fill([doc(3)]);
    b.fill([doc(2)]);
    a.fill([doc(1)]);
    await stage.settle();
    expect(seen).toEqual([1, 2, 3]);
    expect([a.seq, b.seq, c.seq]).toEqual([1, 2, 3]);
  });
});
