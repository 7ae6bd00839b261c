/**
 * One server under load per process, so the load generator never shares its
 * event loop: `tsx bench/targets.ts <target>` prints its URL, then serves until
 * stdin closes. Targets:
 *   bare          node:http answering 204 (the ceiling of HTTP on this machine)
 *   express-noop  Express with Pulse's middleware and body parsing, doing nothing
 *   driver-insert node:http doing one raw-driver insertOne per request
 *   pulse         the real API (POST /v1/public/responses); INGEST_MAX_BATCH=1 turns group commit off
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { MongoClient } from 'mongodb';
import { commonMiddleware } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { inMemoryStores } from '../src/middleware/rate-limit.js';
import { answerBody, publicRateLimit } from '../src/routes/public.js';
import { startServer } from '../src/server.js';

const target = process.argv[2];
const config = loadConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '100000000' });
const logger = createLogger('silent');

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

async function start(): Promise<{ url: string; close: () => Promise<unknown> }> {
  switch (target) {
    case 'bare': {
      const server = createServer((req, res) => {
        req.resume();
        req.on('end', () => res.writeHead(204).end());
      });
      return { url: await listen(server), close: async () => server.close() };
    }
    case 'express-noop': {
      const app = express();
      commonMiddleware(app, config, logger);
      const opts = {
        bodyLimit: config.BODY_LIMIT,
        ratePerMinute: config.PUBLIC_RATE_LIMIT,
        rateLimits: inMemoryStores,
      };
      app.use('/v1/public', publicRateLimit(opts));
      app.post('/v1/public/responses', ...answerBody(opts), (_req, res) => {
        res.status(201).json({});
      });
      const server = createServer(app);
      return { url: await listen(server), close: async () => server.close() };
    }
    case 'driver-insert': {
      const client = await MongoClient.connect(config.MONGO_URL);
      const collection = client.db().collection('bench_driver_insert');
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const doc = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
          collection.insertOne({ ...doc, createdAt: new Date() }).then(
            () => res.writeHead(201).end(),
            () => res.writeHead(500).end(),
          );
        });
      });
      return {
        url: await listen(server),
        close: async () => {
          server.close();
          await client.close();
        },
      };
    }
    case 'pulse': {
      const server = await startServer(config, logger);
      await server.ready;
      return { url: server.url, close: () => server.close() };
    }
    default:
      throw new Error(`unknown target ${target}`);
  }
}

const running = await start();
process.stdout.write(`${running.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => void running.close().then(() => process.exit(0)));
