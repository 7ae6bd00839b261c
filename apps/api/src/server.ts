import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { attachLiveGateway } from './live/gateway.js';
import { createLogger, type Logger } from './logger.js';
import { inMemoryStores, redisStores } from './middleware/rate-limit.js';
import { openRuntime } from './runtime.js';
import { type DemoCredentials, seedDemo } from './services/demo-seed.js';
import { startWebhookDispatcher } from './services/webhook-dispatcher.js';

export interface RunningServer {
  url: string;
  demo?: DemoCredentials | undefined;
  services: Awaited<ReturnType<typeof openRuntime>>['services'];
  close(): Promise<void>;
}

/** Listens, attaches the live gateway and returns a handle whose close() drains in-flight work. */
export async function startServer(
  config: Config,
  logger: Logger = createLogger(config.LOG_LEVEL),
): Promise<RunningServer> {
  const { conn, services } = await openRuntime(config.MONGO_URL, logger, {
    ingestMaxBatch: config.INGEST_MAX_BATCH,
    webhooksToPrivateNetworks: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
    secretKey: config.SECRET_KEY,
  });
  // Before serving: finish derived work (rollups, follow-ups) that a crash interrupted.
  await services.ingest.start();
  // Listening starts before the app exists (its public URL needs the port, and seeding the
  // demo takes a while); requests in between get a clear 503 instead of hanging.
  let app: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const httpServer = createServer((req, res) => {
    if (app) return app(req, res);
    res
      .writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' })
      .end(JSON.stringify({ error: { code: 'starting', message: 'Pulse is starting; retry in a moment.' } }));
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  const url = `http://${host}:${port}`;
  const publicUrl = config.PUBLIC_URL ?? url;

  const demo = config.SEED_DEMO ? await seedDemo(services) : undefined;
  // One deployment's limits in a shared Redis are told apart by its database name.
  const rateLimits = config.REDIS_URL
    ? await redisStores(config.REDIS_URL, conn.name, logger)
    : inMemoryStores;
  app = createApp({
    config,
    conn,
    services,
    logger,
    publicUrl,
    rateLimits,
    ...(demo ? { demoPublicKey: async () => demo.publicKey } : {}),
  });
  const gateway = await attachLiveGateway(httpServer, { services, logger, redisUrl: config.REDIS_URL });
  const webhooks = startWebhookDispatcher({
    models: services.models,
    logger,
    pollMs: config.WEBHOOK_POLL_MS,
    retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
    allowPrivateNetworks: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
    secrets: services.secrets,
  });

  let closing: Promise<void> | null = null;
  async function shutdown(): Promise<void> {
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    // In-flight requests get SHUTDOWN_TIMEOUT_MS to finish; then the rest are cut.
    const timer = setTimeout(() => httpServer.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS);
    await gateway.close();
    await closed;
    clearTimeout(timer);
    await services.ingest.drain();
    await webhooks.stop();
    await rateLimits.close();
    await conn.close();
  }

  return { url, demo, services, close: () => (closing ??= shutdown()) };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const server = await startServer(config, logger);
  logger.info({ url: server.url }, 'Pulse API listening');
  const lines = [`Pulse API        ${server.url}`, `API reference    ${server.url}/docs`];
  if (server.demo) {
    lines.push(
      `Demo page        ${server.url}/demo`,
      `Dashboard        ${server.url}/dashboard`,
      `Demo public key  ${server.demo.publicKey}`,
      `Demo API key     ${server.demo.apiKey}`,
      `Demo survey id   ${server.demo.surveyId}`,
    );
    if (server.demo.member)
      lines.push(`Dashboard login  ${server.demo.member.email} / ${server.demo.member.password}`);
  }
  console.log(`\n${lines.join('\n')}\n`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      server.close().then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
