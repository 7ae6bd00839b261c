import type { Connection } from 'mongoose';
import { connectDatabase, createConnection } from './db/connection.js';
import { createModels, ensureIndexes } from './db/models.js';
import { createLiveBus, type LiveBus } from './live/bus.js';
import { createEventLog } from './live/event-log.js';
import type { Logger } from './logger.js';
import { createServices, type ServiceOptions, type Services } from './services/index.js';

export interface Runtime {
  conn: Connection;
  services: Services;
  /** The live side the services publish to; the gateway attaches its sockets here. */
  bus: LiveBus;
}

/** The composition root: models, the live bus and event log, and the services that publish to them. */
function wire(conn: Connection, logger: Logger, options: ServiceOptions): Runtime {
  const models = createModels(conn);
  const events = createEventLog(models);
  const bus = createLiveBus(events);
  return { conn, bus, services: createServices({ models, live: bus, events, logger, options }) };
}

/**
 * Database + services, without HTTP, on a connection that is not open yet: the
 * server listens first and opens it behind (requests meanwhile get 503).
 */
export function createRuntime(logger: Logger, options: ServiceOptions = {}): Runtime {
  return wire(createConnection(), logger, options);
}

/** The same, connected and indexed before it returns: for the admin CLI and benchmarks. */
export async function openRuntime(
  mongoUrl: string,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<Runtime> {
  const runtime = wire(await connectDatabase(mongoUrl), logger, options);
  await ensureIndexes(runtime.services.models);
  await runtime.services.apiKeys.adoptLegacyKeys();
  return runtime;
}
