import { afterAll, describe, expect, it } from 'vitest';
import { expectNothingLost } from './expect.js';
import { createScenario, type Scenario } from './fixture.js';
import { startLoad } from './load.js';
import { ownDatabase } from './own-database.js';
import { ApiProcess, freePort, sleep } from './processes.js';
import { convergence, report } from './truth.js';

const OUTAGE_MS = 30_000;

const db = ownDatabase();
let api: ApiProcess | undefined;
let scenario: Scenario | undefined;
afterAll(async () => {
  await api?.stop();
  await db.remove();
  scenario?.receiver.close();
});

/** Status and milliseconds of one probe; a probe that gets no answer within 5 s counts as 0. */
async function probe(url: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const status = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
    (res) => res.status,
    () => 0,
  );
  return { status, ms: performance.now() - started };
}

describe('FerretDB down for 30 s mid-load', () => {
  it('answers quick 503s, keeps /healthz up and /readyz honest, then resumes and converges by itself', async () => {
    await db.start();
    scenario = await createScenario(db.url);
    api = new ApiProcess('database-outage', await freePort(), {
      MONGO_URL: db.url,
      RECONCILE_INTERVAL_MS: '0',
    });
    await api.start();

    const load = startLoad(api.url, scenario);
    await load.acknowledged(300);
    await db.kill();
    const ackedAtOutage = load.stats.acked.size;
    const probes: { health: number; ready: number; readyMs: number }[] = [];
    const outageEnds = Date.now() + OUTAGE_MS;
    while (Date.now() < outageEnds) {
      const [health, ready] = await Promise.all([probe(`${api.url}/healthz`), probe(`${api.url}/readyz`)]);
      probes.push({ health: health.status, ready: ready.status, readyMs: ready.ms });
      await sleep(1_000);
    }
    const ackedDuringOutage = load.stats.acked.size - ackedAtOutage;
    await db.start();
    await load.acknowledged(load.stats.acked.size + 300);
    const stats = await load.stop();

    const { truth, seconds } = await convergence(db.url, scenario.surveyId, scenario.webhookId);
    report('FerretDB down 30 s', stats, truth, {
      secondsToConverge: seconds,
      acknowledgedDuringOutage: ackedDuringOutage,
      slowestReadyzMs: Math.round(Math.max(...probes.map((p) => p.readyMs))),
    });
    expectNothingLost(stats, truth);
    // Answers in flight at the kill may still complete; after that, none can be acknowledged.
    expect(ackedDuringOutage, 'answers acknowledged while the database was down').toBeLessThanOrEqual(12);
    expect(stats.statuses['503'] ?? 0, 'answers got 503 during the outage').toBeGreaterThan(0);
    expect(new Set(probes.map((p) => p.health)), '/healthz during the outage').toEqual(new Set([200]));
    expect(new Set(probes.slice(2).map((p) => p.ready)), '/readyz during the outage').toEqual(new Set([503]));
  });
});
