import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Connection } from 'mongoose';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { requireAccess } from './middleware/auth.js';
import { errorHandler, notFoundHandler } from './middleware/errors.js';
import { createMetrics, type ProductProbes } from './middleware/metrics.js';
import type { RateLimitStores } from './middleware/rate-limit.js';
import { settleIngest } from './middleware/settle.js';
import { rejectUnstorable } from './middleware/storable-body.js';
import { dashboardAssetsRouter } from './routes/dashboard-assets.js';
import { docsRouter } from './routes/docs.js';
import { eventsRouter } from './routes/events.js';
import { followUpsRouter } from './routes/followups.js';
import { healthRouter } from './routes/health.js';
import { publicRouter } from './routes/public.js';
import { responsesRouter } from './routes/responses.js';
import { sessionRouter } from './routes/session.js';
import { surveysRouter } from './routes/surveys.js';
import { webhooksRouter } from './routes/webhooks.js';
import { widgetAssetsRouter } from './routes/widget-assets.js';
import type { Services } from './services/index.js';

export interface AppDeps {
  config: Config;
  conn: Connection;
  services: Services;
  logger: Logger;
  publicUrl: string;
  /** Where rate-limit counters live (in memory, or Redis shared by every process). */
  rateLimits: RateLimitStores;
  demoPublicKey?: () => Promise<string | undefined>;
}

/** What every request passes through: logging, metrics, security headers. */
export function commonMiddleware(app: Express, config: Config, logger: Logger, probes?: ProductProbes) {
  const metrics = createMetrics(probes);
  app.disable('x-powered-by');
  if (config.TRUST_PROXY) app.set('trust proxy', config.TRUST_PROXY);
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));
  app.use(metrics.middleware);
  app.use(helmet({ crossOriginResourcePolicy: { policy: 'same-site' } }));
  return metrics;
}

/** Builds the Express app from its parts; listening is server.ts's job. */
export function createApp({
  config,
  conn,
  services,
  logger,
  publicUrl,
  rateLimits,
  demoPublicKey,
}: AppDeps): Express {
  const app = express();
  const metrics = commonMiddleware(app, config, logger, {
    derived: () => services.ingest.status(),
    reconciled: () => ({
      last: services.ingest.reconciler.last(),
      repairedTotal: services.ingest.reconciler.repairedTotal(),
    }),
    webhookOutbox: () => services.webhooks.outbox(),
  });

  app.use(healthRouter(conn, metrics.registry, services.ingest));
  app.use(docsRouter(publicUrl));
  app.use(widgetAssetsRouter(demoPublicKey ? { demoPublicKey } : {}));
  app.use(
    publicRouter(services, {
      bodyLimit: config.BODY_LIMIT,
      ratePerMinute: config.PUBLIC_RATE_LIMIT,
      rateLimits,
    }),
  );
  app.use(dashboardAssetsRouter());
  app.use(sessionRouter(services, { bodyLimit: config.BODY_LIMIT, rateLimits }));

  const admin = express.Router();
  admin.use(requireAccess(services));
  admin.use(express.json({ limit: config.BODY_LIMIT }), rejectUnstorable);
  // Read-your-writes only where derived data is read: summaries, follow-ups, the webhook
  // outbox and live events. Answers themselves are stored before their 201.
  const settle = settleIngest(services.ingest);
  for (const path of ['/surveys/:id/summary', '/followups', '/webhooks', '/events']) admin.use(path, settle);
  admin.use('/surveys', surveysRouter(services));
  admin.use(responsesRouter(services));
  admin.use('/followups', followUpsRouter(services));
  admin.use('/webhooks', webhooksRouter(services));
  admin.use(eventsRouter(services));
  app.use('/v1', admin);

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
