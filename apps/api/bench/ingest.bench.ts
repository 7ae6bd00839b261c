/**
 * Ingest benchmark: durable answers per second through POST /v1/public/responses,
 * against baselines measured in the same run under the same load generator.
 * Writes bench/results/ingest.json at the repository root.
 *
 *   npm run bench            (root: starts the embedded database)
 *   BENCH_REQUESTS=20000 npm run bench -w @pulse/api
 *   BENCH_PROFILE_DIR=/tmp/profiles npm run bench -w @pulse/api   (a CPU profile per target)
 */

import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { MongoClient } from 'mongodb';
import { withDatabaseName } from '../src/db/connection.js';
import { spawnTarget } from './spawn-target.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 8_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const baseUrl = process.env.MONGO_URL;
if (!baseUrl) throw new Error('MONGO_URL is not set: run `npm run bench` from the repository root.');

interface Result {
  name: string;
  answersPerSecond: number;
  ok: number;
  /** 2xx answers of the warm-up round before the measured one (what the durability check adds up). */
  warmupOk?: number;
  errors: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

/** Starts a target in its own process and waits for the URL it prints. */
async function startTarget(target: string, env: Record<string, string>) {
  const child = spawnTarget(new URL('./targets.ts', import.meta.url), target, env);
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${target} exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}

/** Every request carries a fresh idempotency key, as real answers do. */
function load(url: string, body: () => Record<string, unknown>): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/v1/public/responses`,
    connections: CONNECTIONS,
    amount: REQUESTS,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const key = randomUUID();
          return {
            ...req,
            headers: { 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify(body()),
          };
        },
      },
    ],
  });
}

function summarize(name: string, r: autocannon.Result): Result {
  const ok = r['2xx'];
  const seconds = r.duration;
  return {
    name,
    answersPerSecond: Math.round(ok / seconds),
    ok,
    errors: r.non2xx + r.errors + r.timeouts,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
  };
}

async function measureTarget(
  name: string,
  target: string,
  db: string,
  body: () => Record<string, unknown>,
  env: Record<string, string> = {},
) {
  const server = await startTarget(target, { MONGO_URL: withDatabaseName(baseUrl!, db), ...env });
  try {
    const warmup = await load(server.url, body); // JIT, connection pools, collection creation
    return { ...summarize(name, await load(server.url, body)), warmupOk: warmup['2xx'] };
  } finally {
    await server.stop();
  }
}

/** The driver alone, no HTTP: CONNECTIONS concurrent insertOne loops. */
async function driverLoop(db: string): Promise<Result> {
  const client = await MongoClient.connect(withDatabaseName(baseUrl!, db));
  const collection = client.db().collection('bench_driver_loop');
  await collection.insertOne({ warm: true });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next++ < REQUESTS)
        await collection.insertOne({ score: next % 11, key: randomUUID(), createdAt: new Date() });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await client.close();
  return {
    name: 'driver insertOne loop (no HTTP)',
    answersPerSecond: Math.round(REQUESTS / seconds),
    ok: REQUESTS,
    errors: 0,
    latencyP50Ms: 0,
    latencyP99Ms: 0,
  };
}

const runId = Date.now().toString(36);
const admin = await MongoClient.connect(withDatabaseName(baseUrl, `bench_setup_${runId}`));

/** A project and survey for the real target, created through the same database it will use. */
async function pulseFixture(db: string) {
  const { openRuntime } = await import('../src/runtime.js');
  const { createLogger } = await import('../src/logger.js');
  const { DEMO_SURVEY } = await import('../src/seed/demo.js');
  const { conn, services } = await openRuntime(withDatabaseName(baseUrl!, db), createLogger('silent'));
  const project = await services.projects.createProject({ name: 'bench', origins: [] });
  const survey = await services.surveys.createSurvey(project.projectId, DEMO_SURVEY);
  await conn.close();
  return { publicKey: project.publicKey, surveyId: survey.id };
}

const comments = [
  'Great product',
  'Too expensive',
  'Support was slow to answer',
  'I will cancel next month',
  '',
];
const answer = (fixture: { publicKey: string; surveyId: string }) => () => {
  const score = Math.floor(Math.random() * 11);
  const comment = comments[score % comments.length];
  return {
    publicKey: fixture.publicKey,
    surveyId: fixture.surveyId,
    score,
    locale: 'en',
    ...(comment ? { comment } : {}),
  };
};

console.log(`ingest benchmark: ${REQUESTS} requests per target, ${CONNECTIONS} connections, loopback\n`);
const results: Result[] = [];
const fixtureBody = () => ({ score: 7, comment: 'Too expensive', locale: 'en' });
results.push(await measureTarget('bare node:http (204)', 'bare', `bench_bare_${runId}`, fixtureBody));
results.push(
  await measureTarget('express, same middleware, no-op', 'express-noop', `bench_noop_${runId}`, fixtureBody),
);
results.push(await driverLoop(`bench_loop_${runId}`));
results.push(
  await measureTarget(
    'node:http + insertOne per request',
    'driver-insert',
    `bench_insert_${runId}`,
    fixtureBody,
  ),
);
const unbatchedDb = `bench_pulse1_${runId}`;
results.push(
  await measureTarget(
    'pulse, group commit off',
    'pulse',
    unbatchedDb,
    answer(await pulseFixture(unbatchedDb)),
    { INGEST_MAX_BATCH: '1' },
  ),
);
const pulseDb = `bench_pulse_${runId}`;
const fixture = await pulseFixture(pulseDb);
const pulse = await measureTarget('pulse POST /v1/public/responses', 'pulse', pulseDb, answer(fixture));
results.push(pulse);

// Durability check: every 201 is a stored document (warm-up plus measured run).
const stored = await admin.db(pulseDb).collection('responses').countDocuments();
await admin.close();

const [bare, noop, loop, insert, unbatched] = results as [Result, Result, Result, Result, Result];
const ratio = (a: Result, b: Result) => Number((a.answersPerSecond / b.answersPerSecond).toFixed(2));
const ratios = {
  vsBareHttp: ratio(pulse, bare),
  vsExpressNoop: ratio(pulse, noop),
  vsDriverInsertLoop: ratio(pulse, loop),
  vsInsertPerRequest: ratio(pulse, insert),
  vsGroupCommitOff: ratio(pulse, unbatched),
};

for (const r of results) {
  console.log(
    `${r.name.padEnd(38)} ${String(r.answersPerSecond).padStart(7)} answers/s   p50 ${r.latencyP50Ms} ms  p99 ${r.latencyP99Ms} ms  errors ${r.errors}`,
  );
}
console.log('\npulse ratio to each baseline:');
for (const [k, v] of Object.entries(ratios)) console.log(`  ${k.padEnd(20)} ${v}×`);
// Every acknowledged answer must be stored, once: anything else fails the benchmark.
const acknowledged = pulse.ok + (pulse.warmupOk ?? 0);
const durable = stored === acknowledged;
console.log(
  `\nstored answers: ${stored}, acknowledged (2xx, warm-up included): ${acknowledged} ${durable ? 'OK' : 'MISMATCH'}`,
);
if (!durable) process.exitCode = 1;
console.log(
  `goals: ≥ 0.5× express no-op: ${ratios.vsExpressNoop >= 0.5 ? 'met' : 'NOT met'}; above insert-per-request: ${ratios.vsInsertPerRequest > 1 ? 'met' : 'NOT met'}`,
);

const outDir = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(
  `${outDir}ingest.json`,
  `${JSON.stringify({ benchmark: 'ingest', at: new Date().toISOString(), requests: REQUESTS, connections: CONNECTIONS, results, ratios, stored }, null, 2)}\n`,
);
console.log(`results written to bench/results/ingest.json`);
