import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { databaseName, openConnection } from './db/connection.js';
import { ensureIndexes } from './db/models.js';
import { attachLiveGateway } from './live/gateway.js';
import { createLogger, type Logger } from './logger.js';
import { inMemoryStores, redisStores } from './middleware/rate-limit.js';
import { createRuntime, type Runtime } from './runtime.js';
import { type DemoCredentials, seedDemo } from './seed/demo.js';
import { startWebhookDispatcher } from './services/webhooks/dispatcher.js';

export interface RunningServer {
  url: string;
  /** Resolves once the database is open, recovery has started and the demo (if any) is seeded. */
  ready: Promise<void>;
  /** The demo's credentials, once `ready` has resolved (with SEED_DEMO). */
  readonly demo: DemoCredentials | undefined;
  services: Runtime['services'];
  close(): Promise<void>;
}

/**
 * Listens at once, then opens the database behind: a restart serves (503 where the
 * database is needed) within a second whatever the database is doing, and the
 * derived work a crash left behind is finished in the background.
 */
export async function startServer(
  config: Config,
  logger: Logger = createLogger(config.LOG_LEVEL),
): Promise<RunningServer> {
  const { conn, services, bus } = createRuntime(logger, {
    ingestMaxBatch: config.INGEST_MAX_BATCH,
    webhooksToPrivateNetworks: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
    secretKey: config.SECRET_KEY,
  });
  // Requests that arrive before the app exists (Redis still connecting) get a clear 503 instead of hanging.
  let app: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  // Timeouts are checked every second (Node's default is 30 s), so a slow client is cut on time.
  const httpServer = createServer({ connectionsCheckingInterval: 1_000 }, (req, res) => {
    if (app) return app(req, res);
    res
      .writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' })
      .end(JSON.stringify({ error: { code: 'starting', message: 'Pulse is starting; retry in a moment.' } }));
  });
  // Slow clients are cut: headers within HEADERS_TIMEOUT_MS, the whole request within REQUEST_TIMEOUT_MS.
  httpServer.headersTimeout = config.HEADERS_TIMEOUT_MS;
  httpServer.requestTimeout = config.REQUEST_TIMEOUT_MS;
  httpServer.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ port: config.PORT, host: config.HOST }, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  const url = `http://${host}:${port}`;
  const publicUrl = config.PUBLIC_URL ?? url;

  let demo: DemoCredentials | undefined;
  // One deployment's limits in a shared Redis are told apart by its database name.
  const rateLimits = config.REDIS_URL
    ? await redisStores(config.REDIS_URL, databaseName(config.MONGO_URL), logger)
    : inMemoryStores;
  app = createApp({
    config,
    conn,
    services,
    logger,
    publicUrl,
    rateLimits,
    ...(config.SEED_DEMO ? { demoPublicKey: async () => demo?.publicKey } : {}),
  });
  const gateway = await attachLiveGateway(httpServer, {
    bus,
    access: {
      projectOfApiKey: async (apiKey) => (await services.apiKeys.authenticate(apiKey))?.projectId ?? null,
      async sessionOf(token) {
        const session = await services.sessions.resolve(token);
        return session && { ...session, projectIds: session.member.projects.map((p) => p.projectId) };
      },
    },
    onSessionRevoked: (listener) => services.sessions.onRevoke(listener),
    logger,
    redisUrl: config.REDIS_URL,
  });

  const opening = new AbortController();
  let webhooks: ReturnType<typeof startWebhookDispatcher> | undefined;
  const ready = (async () => {
    await openConnection(conn, config.MONGO_URL, {
      signal: opening.signal,
      onRetry: (err, delayMs) =>
        logger.warn({ err, retryInMs: delayMs }, 'database not reachable yet; retrying'),
    });
    await ensureIndexes(services.models);
    await services.apiKeys.adoptLegacyKeys();
    // Heartbeats, the takeover of stopped processes and reconciliation, all behind serving.
    services.ingest.start({ reconcileMs: config.RECONCILE_INTERVAL_MS });
    webhooks = startWebhookDispatcher({
      models: services.models,
      outbox: services.webhooks.outbox,
      logger,
      pollMs: config.WEBHOOK_POLL_MS,
      retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
      allowPrivateNetworks: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
      secrets: services.secrets,
    });
    if (config.SEED_DEMO) demo = await seedDemo(services);
  })();
  // Failures surface through `ready` (awaited by main and tests); never as an unhandled rejection.
  ready.catch(() => undefined);

  let closing: Promise<void> | null = null;
  async function shutdown(): Promise<void> {
    opening.abort();
    const deadline = Date.now() + config.SHUTDOWN_TIMEOUT_MS;
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    // In-flight requests get SHUTDOWN_TIMEOUT_MS to finish; then the rest are cut.
    const timer = setTimeout(() => httpServer.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS);
    await gateway.close();
    await closed;
    clearTimeout(timer);
    await ready.catch(() => undefined);
    // Derived work still queued gets what is left of the deadline; what it leaves is taken over later.
    await services.ingest.drain(Math.max(0, deadline - Date.now()));
    await webhooks?.stop();
    await rateLimits.close();
    await conn.close();
  }

  return {
    url,
    ready,
    get demo() {
      return demo;
    },
    services,
    close: () => (closing ??= shutdown()),
  };
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
  await server.ready;
  const { demo } = server;
  const lines = [`Pulse API        ${server.url}`, `API reference    ${server.url}/docs`];
  if (demo) {
    lines.push(
      `Demo page        ${server.url}/demo`,
      `Dashboard        ${server.url}/dashboard`,
      `Demo public key  ${demo.publicKey}`,
      `Demo API key     ${demo.apiKey}`,
      `Demo survey id   ${demo.surveyId}`,
    );
    if (demo.member) lines.push(`Dashboard login  ${demo.member.email} / ${demo.member.password}`);
  }
  console.log(`\n${lines.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
