/**
 * Servers the live benchmark measures, each started in its own process so the
 * load generator never shares their event loop. Each prints one JSON line.
 *
 *   pulse  the real API (startServer) on its own database, with a project,
 *          a survey and a dashboard member to sign in as
 *   echo   a bare Socket.io server on /live that echoes `ping` (the floor)
 *   clients dashboard sockets (BENCH_URL, BENCH_COOKIE, BENCH_SOCKETS, BENCH_ANSWERS)
 *          that record when each `response.created` arrives (wall clock, so the
 *          poster in another process can subtract its send time); on stdin
 *          `done` they write the times to BENCH_OUT and exit
 *
 * How the clients decode (BENCH_DECODE): a real dashboard JSON-parses its own copy
 * of each message on its own machine, in microseconds. Here one process holds all
 * the sockets, and parsing every message once per socket (`full`) makes that
 * process, not the API, the bottleneck of a two-core machine. `light` (the
 * default) still runs each socket's Socket.io protocol but reads only the answer
 * numbers out of event messages, so the latency is that of the API's delivery.
 */

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIVE_BATCH, type LiveEvent } from '@pulse/shared';
import { Server } from 'socket.io';

const target = process.argv[2];

if (target === 'echo') {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  io.of('/live').on('connection', (socket) =>
    socket.on('ping', (sentAt: number, ack: (t: number) => void) => ack(sentAt)),
  );
  http.listen(0, '127.0.0.1', () =>
    console.log(JSON.stringify({ url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` })),
  );
} else if (target === 'pulse') {
  const { loadConfig } = await import('../src/config.js');
  const { createLogger } = await import('../src/logger.js');
  const { startServer } = await import('../src/server.js');
  const { DEMO_SURVEY } = await import('../src/seed/demo.js');
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'warn',
    PUBLIC_RATE_LIMIT: '10000000',
    SEED_DEMO: 'false',
  });
  const server = await startServer(config, createLogger(config.LOG_LEVEL));
  await server.ready;
  const { services } = server;
  const project = await services.projects.createProject({ name: 'Live bench', origins: [] });
  const survey = await services.surveys.createSurvey(project.projectId, DEMO_SURVEY);
  const password = 'live bench password';
  await services.members.addMember({
    projectId: project.projectId,
    email: 'bench@pulse.local',
    role: 'viewer',
    password,
  });
  console.log(
    JSON.stringify({
      url: server.url,
      publicKey: project.publicKey,
      surveyId: survey.id,
      email: 'bench@pulse.local',
      password,
    }),
  );
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
} else if (target === 'clients') {
  const { io } = await import('socket.io-client');
  const parser = await import('socket.io-parser');
  const light = (process.env.BENCH_DECODE ?? 'light') === 'light';
  /** Hands event messages on /live over as their raw text; everything else is decoded as usual. */
  class LightDecoder extends parser.Decoder {
    override add(chunk: unknown): void {
      if (typeof chunk === 'string' && chunk.startsWith(`${parser.PacketType.EVENT}/live,[`)) {
        this.emitReserved('decoded', {
          type: parser.PacketType.EVENT,
          nsp: '/live',
          data: [LIVE_BATCH, chunk],
        });
      } else super.add(chunk);
    }
  }
  const lightParser = { ...parser, Decoder: LightDecoder };
  /** The answer numbers (the bench's comments are `bench <i>`) of the response.created events in a message. */
  const answersIn = (message: LiveEvent[] | string): number[] =>
    typeof message === 'string'
      ? [...message.matchAll(/"type":"response\.created"[\s\S]*?"comment":"bench (\d+)"/g)].map((m) =>
          Number(m[1]),
        )
      : message.flatMap((event) => {
          const answer =
            event.type === 'response.created' && /^bench (\d+)$/.exec(event.response.comment ?? '');
          return answer ? [Number(answer[1])] : [];
        });
  const { writeFileSync } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const env = (name: string) => process.env[name] ?? '';
  const sockets = Number(env('BENCH_SOCKETS'));
  const answers = Number(env('BENCH_ANSWERS'));
  const received = new Float64Array(answers * sockets).fill(Number.NaN);
  let duplicates = 0;
  for (let s = 0; s < sockets; s += 100) {
    const batch = Array.from({ length: Math.min(100, sockets - s) }, (_, k) => {
      const socket = io(`${env('BENCH_URL')}/live`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { cookie: env('BENCH_COOKIE') },
        ...(light ? { parser: lightParser } : {}),
      });
      socket.on(LIVE_BATCH, (message: LiveEvent[] | string) => {
        const at = performance.timeOrigin + performance.now();
        for (const answer of answersIn(message)) {
          const slot = answer * sockets + s + k;
          if (Number.isNaN(received[slot]!)) received[slot] = at;
          else duplicates++;
        }
      });
      return socket;
    });
    await Promise.all(
      batch.map(
        (socket) =>
          new Promise<void>((resolve, reject) => {
            socket.once('connect', resolve);
            socket.once('connect_error', reject);
          }),
      ),
    );
  }
  console.log(JSON.stringify({ ready: true }));
  createInterface({ input: process.stdin }).once('line', () => {
    writeFileSync(env('BENCH_OUT'), Buffer.from(received.buffer));
    console.log(JSON.stringify({ duplicates }));
    process.exit(0);
  });
} else {
  throw new Error(`unknown target ${target}`);
}
