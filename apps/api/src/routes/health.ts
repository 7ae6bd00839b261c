import { Router } from 'express';
import type { Connection } from 'mongoose';
import type { Registry } from 'prom-client';

export function healthRouter(conn: Connection, registry: Registry): Router {
  const router = Router();

  /** Alive: the process answers. Orchestrators restart it when this fails. */
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  /** Ready: the database answers too. Load balancers route traffic only then. */
  router.get('/readyz', async (_req, res) => {
    try {
      await conn.db!.admin().ping();
      res.json({ status: 'ready', database: 'ok' });
    } catch {
      res.status(503).json({ error: { code: 'not_ready', message: 'The database does not answer.' } });
    }
  });

  router.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  return router;
}
