import { randomUUID } from 'node:crypto';
import { sleep } from './processes.js';

export interface Fixture {
  publicKey: string;
  surveyId: string;
}

/** What the clients saw: every key sent, those acknowledged, and every status and error by kind. */
export interface LoadStats {
  requests: number;
  sent: Set<string>;
  acked: Set<string>;
  statuses: Record<string, number>;
  networkErrors: number;
  /** 5xx other than 503: each is a bug. */
  serverErrors: { status: number; body: string }[];
  /** A 503 without Retry-After: the client would not know when to come back. */
  missingRetryAfter: number;
  /** A 4xx for a valid answer: each is a bug. */
  refused: { status: number; body: string }[];
  /** The slowest 503 seen, in ms (a quick 503 is the point of an outage answer). */
  slowest503Ms: number;
}

const COMMENTS = ['Too expensive, we will cancel', 'Support never answers', 'Great product', 'ok', ''];

/**
 * Widget-like clients: each posts answers with a fresh idempotency key and keeps
 * retrying the same key (same body) after a 503 or a dropped connection, as the
 * widget's queue does, until it is acknowledged. `stop()` lets every client finish
 * the answer it holds (retrying for up to `finishWithinMs`).
 */
export function startLoad(
  baseUrl: string,
  fixture: Fixture,
  { clients = 12, finishWithinMs = 90_000 }: { clients?: number; finishWithinMs?: number } = {},
) {
  const stats: LoadStats = {
    requests: 0,
    sent: new Set(),
    acked: new Set(),
    statuses: {},
    networkErrors: 0,
    serverErrors: [],
    missingRetryAfter: 0,
    refused: [],
    slowest503Ms: 0,
  };
  let stopping = false;
  let giveUpAt = Number.POSITIVE_INFINITY;
  let n = 0;

  async function deliver(key: string, body: string): Promise<void> {
    while (Date.now() < giveUpAt) {
      const started = performance.now();
      try {
        stats.requests++;
        const res = await fetch(`${baseUrl}/v1/public/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body,
          signal: AbortSignal.timeout(20_000),
        });
        const text = await res.text();
        stats.statuses[res.status] = (stats.statuses[res.status] ?? 0) + 1;
        if (res.status === 200 || res.status === 201) {
          stats.acked.add(key);
          return;
        }
        if (res.status === 503) {
          stats.slowest503Ms = Math.max(stats.slowest503Ms, performance.now() - started);
          if (!res.headers.get('retry-after')) stats.missingRetryAfter++;
        } else if (res.status >= 500) {
          stats.serverErrors.push({ status: res.status, body: text.slice(0, 300) });
        } else {
          stats.refused.push({ status: res.status, body: text.slice(0, 300) });
          return;
        }
      } catch {
        stats.networkErrors++;
      }
      await sleep(150 + Math.random() * 150);
    }
  }

  async function client(): Promise<void> {
    while (!stopping) {
      const key = randomUUID();
      const score = n++ % 11;
      const comment = COMMENTS[score % COMMENTS.length];
      stats.sent.add(key);
      await deliver(
        key,
        JSON.stringify({
          publicKey: fixture.publicKey,
          surveyId: fixture.surveyId,
          score,
          locale: 'en',
          ...(comment ? { comment } : {}),
        }),
      );
    }
  }

  const running = Array.from({ length: clients }, () => client());
  return {
    stats,
    /** Resolves once at least `count` answers are acknowledged in all. */
    async acknowledged(count: number, withinMs = 120_000): Promise<void> {
      const deadline = Date.now() + withinMs;
      while (stats.acked.size < count) {
        if (Date.now() > deadline) {
          const seen = JSON.stringify({
            statuses: stats.statuses,
            networkErrors: stats.networkErrors,
            refused: stats.refused.slice(0, 3),
            serverErrors: stats.serverErrors.slice(0, 3),
          });
          throw new Error(`only ${stats.acked.size} of ${count} answers acknowledged; seen: ${seen}`);
        }
        await sleep(50);
      }
    },
    async stop(): Promise<LoadStats> {
      stopping = true;
      giveUpAt = Date.now() + finishWithinMs;
      await Promise.all(running);
      return stats;
    },
  };
}
