import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import fc from 'fast-check';
import { MongoClient, ObjectId } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseName } from '../../src/db/connection.js';
import { testDatabaseUrl } from '../../src/testing/database.js';
import { createScenario, type Scenario } from './fixture.js';
import { type HostileRequest, hostileRequests } from './hostile-requests.js';
import { ApiProcess, freePort } from './processes.js';
import { convergence } from './truth.js';

const FUZZ_REQUESTS = 10_000;
const HEADERS_TIMEOUT_MS = 2_000;

const mongoUrl = testDatabaseUrl('fault_hostile');
let api: ApiProcess;
let scenario: Scenario;
beforeAll(async () => {
  scenario = await createScenario(mongoUrl);
  api = new ApiProcess('hostile', await freePort(), {
    MONGO_URL: mongoUrl,
    RECONCILE_INTERVAL_MS: '0',
    HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
  });
  await api.start();
});
afterAll(async () => {
  await api?.stop();
  scenario?.receiver.close();
});

interface Outcome {
  status: number;
  id: string | null;
  /** A 4xx whose body is not `{ error: { code, message } }`. */
  shapeless: boolean;
}

/** Sends it; a dropped connection rejects (the test counts it as a failure). */
async function send(req: HostileRequest): Promise<Outcome> {
  const res = await fetch(`${api.url}/v1/public/responses`, {
    method: 'POST',
    headers: req.headers,
    body: req.body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let json: { id?: string; error?: { code?: unknown; message?: unknown } } = {};
  try {
    json = JSON.parse(text);
  } catch {}
  const shapeless =
    res.status >= 400 && (typeof json.error?.code !== 'string' || typeof json.error?.message !== 'string');
  return { status: res.status, id: res.status < 300 ? (json.id ?? null) : null, shapeless };
}

function valid(score: number): HostileRequest {
  const key = randomUUID();
  return {
    key,
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({
      publicKey: scenario.publicKey,
      surveyId: scenario.surveyId,
      score,
      comment: 'fine',
    }),
  };
}

/** Runs requests `concurrency` at a time; resolves with every outcome (or the first dropped connection). */
async function pool(requests: HostileRequest[], concurrency: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) outcomes.push(await send(requests[next++]!));
    }),
  );
  return outcomes;
}

async function storedIds(): Promise<Set<string>> {
  const client = await MongoClient.connect(mongoUrl);
  try {
    const docs = await client
      .db(databaseName(mongoUrl))
      .collection('responses')
      .find({ surveyId: new ObjectId(scenario.surveyId) }, { projection: { _id: 1 } })
      .toArray();
    return new Set(docs.map((d) => String(d._id)));
  } finally {
    await client.close();
  }
}

describe('hostile input beside valid answers', () => {
  it('stores every valid answer of a burst fired together with hostile ones, each of which gets a 4xx', async () => {
    const hostile = fc.sample(hostileRequests(scenario), { numRuns: 300, seed: 42 });
    const validOnes = Array.from({ length: 300 }, (_, i) => valid(i % 11));
    // Interleaved and all in flight at once, so they share group commits.
    const all = validOnes.flatMap((v, i) => [v, hostile[i]!]);
    const outcomes = await Promise.all(all.map(send));
    const validOutcomes = outcomes.filter((_, i) => i % 2 === 0);
    expect(
      validOutcomes.map((o) => o.status),
      'every valid answer',
    ).toEqual(validOnes.map(() => 201));
    expect(
      outcomes.filter((o) => o.status >= 500),
      '5xx',
    ).toEqual([]);
    expect(
      outcomes.filter((o) => o.shapeless),
      '4xx without an error code',
    ).toEqual([]);
    const stored = await storedIds();
    for (const o of validOutcomes) expect(stored.has(o.id!), `valid answer ${o.id} stored`).toBe(true);
  });

  it(`survives ${FUZZ_REQUESTS.toLocaleString('en')} generated hostile bodies and headers: no 5xx, no dropped connection, stored = accepted`, async () => {
    const requests = fc.sample(hostileRequests(scenario), { numRuns: FUZZ_REQUESTS, seed: 7 });
    const before = await storedIds();
    const outcomes = await pool(requests, 32);
    const accepted = new Set(outcomes.flatMap((o) => (o.id ? [o.id] : [])));
    const byStatus: Record<number, number> = {};
    for (const o of outcomes) byStatus[o.status] = (byStatus[o.status] ?? 0) + 1;
    console.log(
      `[fault] fuzz ${JSON.stringify({ requests: outcomes.length, byStatus, accepted: accepted.size })}`,
    );

    expect(outcomes.length).toBe(FUZZ_REQUESTS);
    expect(outcomes.filter((o) => o.status >= 500).length, `5xx among ${JSON.stringify(byStatus)}`).toBe(0);
    expect(outcomes.filter((o) => o.shapeless).length, '4xx without an error code').toBe(0);
    const stored = await storedIds();
    const added = [...stored].filter((id) => !before.has(id));
    expect(new Set(added), 'stored answers = distinct accepted ones').toEqual(
      new Set([...accepted].filter((id) => !before.has(id))),
    );
    const { truth } = await convergence(mongoUrl, scenario.surveyId, scenario.webhookId);
    expect(truth.allTime, 'rollups equal the stored answers').toEqual(truth.distribution);
    expect(truth.followUps, 'follow-ups equal the detractor answers').toBe(truth.expectedFollowUps);
  });

  it('cuts a client that sends its headers too slowly (slowloris)', async () => {
    const socket = connect(api.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('POST /v1/public/responses HTTP/1.1\r\nHost: x\r\n');
    const dripping = setInterval(() => socket.write('X-Slow: 1\r\n'), 500);
    let reply = '';
    socket.on('data', (chunk) => {
      reply += chunk;
    });
    await new Promise((resolve) => socket.once('close', resolve));
    clearInterval(dripping);
    expect(reply, 'the server answered 408 and closed').toMatch(/^HTTP\/1\.1 408/);
  });
});
