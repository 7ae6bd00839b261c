import type { Connection } from 'mongoose';
import { connectDatabase } from './db/connection.js';
import { createModels, ensureIndexes } from './db/models.js';
import { createLiveBus } from './live/bus.js';
import type { Logger } from './logger.js';
import { createServices, type ServiceOptions, type Services } from './services/index.js';

/** Database + services, without HTTP: shared by the server, the admin CLI and benchmarks. */
export async function openRuntime(
  mongoUrl: string,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<{ conn: Connection; services: Services }> {
  const conn = await connectDatabase(mongoUrl);
  const models = createModels(conn);
  await ensureIndexes(models);
  const services = createServices({ models, live: createLiveBus(models), logger, options });
  return { conn, services };
}
