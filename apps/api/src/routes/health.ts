import { Router } from 'express';
import type { Connection } from 'mongoose';
import type { Registry } from 'prom-client';
import type { IngestService } from '../services/ingest/index.js';

/** A load balancer's probe must get an answer, not a hang, when the database is away. */
const READY_DEADLINE_MS = 800;

async function pingWithin(conn: Connection, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const ping = (async () => {
    if (!conn.db) return false;
    await conn.db.admin().ping();
    return true;
  })().catch(() => false);
  const ok = await Promise.race([ping, late]);
  clearTimeout(timer);
  return ok;
}

export function healthRouter(conn: Connection, registry: Registry, ingest: IngestService): Router {
  const router = Router();

  /** Alive: the process answers (also while the database is away). Orchestrators restart it when this fails. */
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  /**
   * Ready: the database answers within READY_DEADLINE_MS, so answers can be stored.
   * Derived work still catching up (after a crash or an outage) does not make it
   * unready; the body says how much there is.
   */
  router.get('/readyz', async (_req, res) => {
    const { backlog, recovering } = ingest.status();
    const derived = {
      pendingAnswers: backlog + recovering.answers,
      recoveringProcesses: recovering.processes,
    };
    if (await pingWithin(conn, READY_DEADLINE_MS)) {
      res.json({ status: 'ready', database: 'ok', derived });
    } else {
      res
        .status(503)
        .set('Retry-After', '2')
        .json({
          error: { code: 'not_ready', message: 'The database does not answer.', details: { derived } },
        });
    }
  });

  router.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  return router;
}
