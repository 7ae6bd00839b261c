import { afterAll, describe, expect, it } from 'vitest';
import { expectNothingLost } from './expect.js';
import { createScenario, type Scenario } from './fixture.js';
import { startLoad } from './load.js';
import { ownDatabase } from './own-database.js';
import { ApiProcess, freePort, sleep } from './processes.js';
import { convergence, report } from './truth.js';

const db = ownDatabase();
let api: ApiProcess | undefined;
let scenario: Scenario | undefined;
afterAll(async () => {
  await api?.stop();
  await db.remove();
  scenario?.receiver.close();
});

describe('kill -9 of FerretDB mid-load, restarted on the same data', () => {
  it('answers 503 meanwhile, resumes by itself, and loses or doubles nothing', async () => {
    await db.start();
    scenario = await createScenario(db.url);
    api = new ApiProcess('database-crash', await freePort(), {
      MONGO_URL: db.url,
      RECONCILE_INTERVAL_MS: '0',
    });
    await api.start();

    const load = startLoad(api.url, scenario);
    await load.acknowledged(400);
    await db.kill();
    await sleep(2_000);
    await db.start();
    await load.acknowledged(load.stats.acked.size + 400);
    const stats = await load.stop();

    const { truth, seconds } = await convergence(db.url, scenario.surveyId, scenario.webhookId);
    report('kill -9 FerretDB, restart after 2 s', stats, truth, { secondsToConverge: seconds });
    expectNothingLost(stats, truth);
    expect(stats.statuses['503'] ?? 0, 'answers got 503 while the database was down').toBeGreaterThan(0);
  });
});
