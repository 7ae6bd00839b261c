import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../src/testing/database.js';
import { expectNothingLost } from './expect.js';
import { createScenario, type Scenario } from './fixture.js';
import { startLoad } from './load.js';
import { ApiProcess, freePort } from './processes.js';
import { convergence, report } from './truth.js';

let api: ApiProcess | undefined;
let scenario: Scenario | undefined;
afterAll(async () => {
  await api?.stop();
  scenario?.receiver.close();
});

describe('kill -9 of the API mid-load, restarted at once', () => {
  it('loses no acknowledged answer, doubles none, and its derived data converges without a manual step', async () => {
    const mongoUrl = testDatabaseUrl('fault_api_crash');
    scenario = await createScenario(mongoUrl);
    api = new ApiProcess('api-crash', await freePort(), { MONGO_URL: mongoUrl, RECONCILE_INTERVAL_MS: '0' });
    await api.start();

    const load = startLoad(api.url, scenario);
    await load.acknowledged(400);
    await api.kill9();
    const listeningMs = await api.start();
    await load.acknowledged(load.stats.acked.size + 400);
    const stats = await load.stop();

    const { truth, seconds } = await convergence(mongoUrl, scenario.surveyId, scenario.webhookId);
    report('kill -9 API, immediate restart', stats, truth, {
      secondsUntilListening: listeningMs / 1000,
      secondsToConverge: seconds,
    });
    expectNothingLost(stats, truth);
    expect(listeningMs, 'the restarted API answers HTTP within 10 s').toBeLessThan(10_000);
  });
});
