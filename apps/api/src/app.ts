import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Connection } from 'mongoose';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { requireApiKey } from './middleware/auth.js';
import { errorHandler, notFoundHandler } from './middleware/errors.js';
import { createMetrics } from './middleware/metrics.js';
import { rejectUnsafeKeys } from './middleware/unsafe-keys.js';
import { docsRouter } from './routes/docs.js';
import { healthRouter } from './routes/health.js';
import { publicRouter } from './routes/public.js';
import { responsesRouter } from './routes/responses.js';
import { surveysRouter } from './routes/surveys.js';
import { widgetAssetsRouter } from './routes/widget-assets.js';
import type { Services } from './services/index.js';

export interface AppDeps {
  config: Config;
  conn: Connection;
  services: Services;
  logger: Logger;
  publicUrl: string;
  demoPublicKey?: () => Promise<string | undefined>;
}

/** Builds the Express app from its parts; listening is server.ts's job. */
export function createApp({ config, conn, services, logger, publicUrl, demoPublicKey }: AppDeps): Express {
  const app = express();
  const metrics = createMetrics();
  app.disable('x-powered-by');
  if (config.TRUST_PROXY) app.set('trust proxy', config.TRUST_PROXY);

  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));
  app.use(metrics.middleware);
  app.use(helmet({ crossOriginResourcePolicy: { policy: 'same-site' } }));

  app.use(healthRouter(conn, metrics.registry));
  app.use(docsRouter(publicUrl));
  app.use(widgetAssetsRouter(demoPublicKey ? { demoPublicKey } : {}));
  app.use(publicRouter(services, { bodyLimit: config.BODY_LIMIT, ratePerMinute: config.PUBLIC_RATE_LIMIT }));

  const admin = express.Router();
  admin.use(requireApiKey(services.projects));
  admin.use(express.json({ limit: config.BODY_LIMIT }), rejectUnsafeKeys);
  admin.use('/surveys', surveysRouter(services));
  admin.use(responsesRouter(services));
  app.use('/v1', admin);

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
