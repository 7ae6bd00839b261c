import type { RequestHandler } from 'express';
import type { IngestService } from '../services/ingest.js';

/**
 * Read-your-writes for the team's routes: answers are acknowledged before their
 * rollups and follow-ups are written, so a request waits (usually not at all,
 * at most one derived batch) until those of every acknowledged answer are done.
 */
export const settleIngest =
  (ingest: IngestService): RequestHandler =>
  async (_req, _res, next) => {
    await ingest.settle();
    next();
  };
