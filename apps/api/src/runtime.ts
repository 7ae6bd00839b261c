import type { Connection } from 'mongoose';
import { connectDatabase, createConnection } from './db/connection.js';
import { createModels, ensureIndexes } from './db/models.js';
import { createLiveBus } from './live/bus.js';
import type { Logger } from './logger.js';
import { createServices, type ServiceOptions, type Services } from './services/index.js';

export interface Runtime {
  conn: Connection;
  services: Services;
}

function wire(conn: Connection, logger: Logger, options: ServiceOptions): Runtime {
  const models = createModels(conn);
  return { conn, services: createServices({ models, live: createLiveBus(models), logger, options }) };
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
  return runtime;
}
