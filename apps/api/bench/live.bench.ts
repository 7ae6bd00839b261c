/**
 * Live benchmark: submit→receive latency of `response.created` on 1,000
 * authenticated dashboard sockets while answers arrive at a steady rate, next
 * to a bare Socket.io echo round trip measured in the same run on the same
 * loopback. Writes bench/results/live.json at the repository root.
 *
 * Three kinds of process, so none measures through another's event loop: the
 * API under test, the socket clients (BENCH_CLIENT_PROCESSES of them), and
 * this one, which only posts answers and does the arithmetic. Times cross
 * processes as wall clock (performance.timeOrigin + now()).
 *
 * Longer than most files on purpose: a benchmark reads best as one script, setup,
 * warm-up, load, measurement and report in the order they run.
 *
 *   npm run bench            (root: starts the embedded database)
 *   BENCH_SOCKETS=200 BENCH_ANSWERS=500 npm run bench:live -w @pulse/api
 *   BENCH_PROFILE_DIR=/tmp/profiles npm run bench:live -w @pulse/api   (a CPU profile per process)
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import { withDatabaseName } from '../src/db/connection.js';
import { spawnTarget } from './spawn-target.js';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1_000);
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 2_000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const ECHOES = Number(process.env.BENCH_ECHOES ?? 2_000);
/** Answers posted (and not measured) first, so the measured run sees warm code, connections and caches. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 400);
const CLIENT_PROCESSES = Number(process.env.BENCH_CLIENT_PROCESSES ?? 1);
const baseUrl = process.env.MONGO_URL;
if (!baseUrl) throw new Error('MONGO_URL is not set: run `npm run bench` from the repository root.');

const wallNow = () => performance.timeOrigin + performance.now();
const children: ChildProcess[] = [];

interface Target {
  child: ChildProcess;
  next<T>(): Promise<T>;
}

/** Starts a live-targets.ts mode in its own process; `next()` reads the JSON lines it prints. */
function startTarget(target: string, env: Record<string, string> = {}): Target {
  const child = spawnTarget(new URL('./live-targets.ts', import.meta.url), target, env);
  children.push(child);
  const lines: Interface = createInterface({ input: child.stdout! });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${target} exited with ${code}`))),
  );
  exited.catch(() => undefined);
  const iterator = lines[Symbol.asyncIterator]();
  return {
    child,
    next: async <T>() => JSON.parse(String((await Promise.race([iterator.next(), exited])).value)) as T,
  };
}

function percentiles(samples: ArrayLike<number>) {
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: sorted.length,
    p50Ms: round(at(50)),
    p95Ms: round(at(95)),
    p99Ms: round(at(99)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** Keep-alive connections for the posts: the poster shares the two cores with what it measures. */
const postAgent = new Agent({ keepAlive: true, maxSockets: 64 });

/** Posts one answer with node:http (several times cheaper per request than fetch); resolves with the status. */
function postAnswer(baseUrl: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/v1/public/responses`,
      {
        method: 'POST',
        agent: postAgent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': randomUUID(),
        },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

/** Calls `send(i)` for i in [0, total) at `perSecond`, on schedule even if a call is slow. */
async function steady(total: number, perSecond: number, send: (i: number) => void): Promise<number> {
  const start = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) * perSecond) / 1000) + 1);
    while (sent < due) send(sent++);
    await new Promise((r) => setTimeout(r, 1));
  }
  return (performance.now() - start) / 1000;
}

async function echoBaseline() {
  const server = startTarget('echo');
  const { url } = await server.next<{ url: string }>();
  const socket = io(`${url}/live`, { transports: ['websocket'], reconnection: false });
  await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
  const rtts: number[] = [];
  const pending: Promise<void>[] = [];
  await steady(ECHOES, RATE, () => {
    pending.push(
      new Promise((resolve) =>
        socket.emit('ping', performance.now(), (sentAt: number) => {
          rtts.push(performance.now() - sentAt);
          resolve();
        }),
      ),
    );
  });
  await Promise.all(pending);
  socket.close();
  server.child.kill('SIGTERM');
  return percentiles(rtts);
}

async function pulseLive() {
  const runId = randomUUID().slice(0, 8);
  const server = startTarget('pulse', { MONGO_URL: withDatabaseName(baseUrl!, `bench_live_${runId}`) });
  const fixture = await server.next<{
    url: string;
    publicKey: string;
    surveyId: string;
    email: string;
    password: string;
  }>();
  const signIn = await fetch(`${fixture.url}/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-pulse-csrf': '1' },
    body: JSON.stringify({ email: fixture.email, password: fixture.password }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;

  const connectStart = performance.now();
  const perProcess = Math.ceil(SOCKETS / CLIENT_PROCESSES);
  const clients = Array.from({ length: CLIENT_PROCESSES }, (_, p) => {
    const sockets = Math.min(perProcess, SOCKETS - p * perProcess);
    const out = join(tmpdir(), `pulse-live-bench-${runId}-${p}.bin`);
    return {
      sockets,
      out,
      target: startTarget('clients', {
        BENCH_URL: fixture.url,
        BENCH_COOKIE: cookie,
        BENCH_SOCKETS: String(sockets),
        BENCH_ANSWERS: String(ANSWERS),
        BENCH_OUT: out,
      }),
    };
  });
  await Promise.all(clients.map((c) => c.target.next()));
  const connectMs = performance.now() - connectStart;

  const answer = (comment: string) =>
    JSON.stringify({ publicKey: fixture.publicKey, surveyId: fixture.surveyId, score: 10, comment });
  const warmups: Promise<unknown>[] = [];
  await steady(WARMUP, RATE, (i) => warmups.push(postAnswer(fixture.url, answer(`warmup ${i}`))));
  await Promise.allSettled(warmups);
  await new Promise((r) => setTimeout(r, 1_000));

  const sentAt = new Float64Array(ANSWERS);
  const ackAt = new Float64Array(ANSWERS).fill(Number.NaN);
  let failed = 0;
  const posts: Promise<void>[] = [];
  const sendSeconds = await steady(ANSWERS, RATE, (i) => {
    sentAt[i] = wallNow();
    posts.push(
      postAnswer(fixture.url, answer(`bench ${i}`)).then(
        (status) => {
          if (status === 201) ackAt[i] = wallNow();
          else failed++;
        },
        () => void failed++,
      ),
    );
  });
  await Promise.all(posts);
  // Give the last deliveries time to land, then collect every client's receive times.
  await new Promise((r) => setTimeout(r, Number(process.env.BENCH_SETTLE_MS ?? 10_000)));

  const latencies: number[] = [];
  const afterAck: number[] = [];
  let duplicates = 0;
  for (const c of clients) {
    c.target.child.stdin!.write('done\n');
    duplicates += (await c.target.next<{ duplicates: number }>()).duplicates;
    const buf = readFileSync(c.out);
    const received = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
    rmSync(c.out);
    for (let i = 0; i < ANSWERS; i++) {
      for (let s = 0; s < c.sockets; s++) {
        const at = received[i * c.sockets + s]!;
        if (Number.isNaN(at)) continue;
        latencies.push(at - sentAt[i]!);
        if (!Number.isNaN(ackAt[i]!)) afterAck.push(at - ackAt[i]!);
      }
    }
  }
  server.child.kill('SIGTERM');
  postAgent.destroy();
  const acked: number[] = [];
  for (let i = 0; i < ANSWERS; i++) if (!Number.isNaN(ackAt[i]!)) acked.push(ackAt[i]! - sentAt[i]!);
  return {
    sockets: SOCKETS,
    clientProcesses: CLIENT_PROCESSES,
    answers: ANSWERS,
    warmupAnswers: WARMUP,
    decode: process.env.BENCH_DECODE ?? 'light',
    targetRatePerSecond: RATE,
    achievedRatePerSecond: Math.round(ANSWERS / sendSeconds),
    failedPosts: failed,
    deliveries: latencies.length,
    expectedDeliveries: (ANSWERS - failed) * SOCKETS,
    duplicates,
    connectAllMs: Math.round(connectMs),
    latency: percentiles(latencies),
    /** Submit → 201: the answer is durable; the rest is derivation, event store and fan-out. */
    ackLatency: percentiles(acked),
    /** 201 → receive. */
    afterAckLatency: percentiles(afterAck),
  };
}

try {
  const echo = await echoBaseline();
  const live = await pulseLive();
  const ratio = (key: 'p50Ms' | 'p95Ms' | 'p99Ms') => Math.round((live.latency[key] / echo[key]) * 10) / 10;
  const ratios = { p50: ratio('p50Ms'), p95: ratio('p95Ms'), p99: ratio('p99Ms') };
  const result = {
    when: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    echoBaseline: echo,
    live,
    ratiosToEcho: ratios,
  };

  console.log(
    `\nLive: ${live.sockets} sockets in ${live.clientProcesses} process(es) (${live.decode} decode), ${live.answers} answers at ${live.targetRatePerSecond}/s after ${live.warmupAnswers} warm-up ones (sent at ${live.achievedRatePerSecond}/s), ${cpus().length} CPUs`,
  );
  console.log(
    `  deliveries ${live.deliveries}/${live.expectedDeliveries}, duplicates ${live.duplicates}, failed posts ${live.failedPosts}`,
  );
  console.log('                      p50 ms    p95 ms    p99 ms');
  const row = (name: string, p: { p50Ms: number; p95Ms: number; p99Ms: number }) =>
    console.log(
      `  ${name.padEnd(18)}${String(p.p50Ms).padStart(8)}${String(p.p95Ms).padStart(10)}${String(p.p99Ms).padStart(10)}`,
    );
  row('submit → receive', live.latency);
  row('submit → 201', live.ackLatency);
  row('201 → receive', live.afterAckLatency);
  row('bare echo RTT', echo);
  console.log(
    `  receive / echo     ${String(ratios.p50).padStart(7)}x${String(ratios.p95).padStart(9)}x${String(ratios.p99).padStart(9)}x\n`,
  );

  const outDir = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}live.json`, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
