import type { RequestHandler } from 'express';
import type { IngestService } from '../services/ingest.js';

/**
 * Read-your-writes for the team's routes that read derived data: answers are
 * acknowledged before their rollups, follow-ups, outbox rows and live events are
 * written, so such a request waits (usually not at all; under a backlog, for all
 * of it) until those of every answer acknowledged so far are done.
 */
export const settleIngest =
  (ingest: IngestService): RequestHandler =>
  async (_req, _res, next) => {
    await ingest.settle();
    next();
  };
