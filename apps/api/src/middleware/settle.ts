import type { RequestHandler } from 'express';
import type { IngestService } from '../services/ingest/index.js';

/** How long a read of derived data waits for the derive stage before answering as it is. */
export const SETTLE_WAIT_MS = 2_000;

/** Set on a response whose derived data is still catching up: answers stored but not yet counted. */
export const PENDING_HEADER = 'X-Pulse-Pending-Answers';

/**
 * Read-your-writes for the team's routes that read derived data: answers are
 * acknowledged before their rollups, follow-ups, outbox rows and live events are
 * written, so such a request waits until those of every answer acknowledged so
 * far are done. It waits at most SETTLE_WAIT_MS: behind a long backlog (recovery
 * after a crash, an outage) it answers with what is there and says how many
 * answers are not counted yet in `X-Pulse-Pending-Answers`, instead of hanging.
 */
export const settleIngest =
  (ingest: IngestService): RequestHandler =>
  async (_req, res, next) => {
    if (!(await ingest.settle(SETTLE_WAIT_MS))) {
      const { backlog, recovering } = ingest.status();
      res.set(PENDING_HEADER, String(backlog + recovering.answers));
    }
    next();
  };
