import type { RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import { createClient } from 'redis';
import { HttpError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * Where rate-limit counters live. In memory by default (one process); with
 * REDIS_URL in Redis, so that every API process behind a load balancer counts
 * the same attempts.
 */
export interface RateLimitStores {
  storeFor(name: string): Store | undefined;
  close(): Promise<void>;
}

export const inMemoryStores: RateLimitStores = {
  storeFor: () => undefined,
  close: async () => undefined,
};

/** Counters in Redis under `pulse:<scope>:<limit name>:`; `scope` keeps deployments sharing a Redis apart. */
export async function redisStores(url: string, scope: string, logger: Logger): Promise<RateLimitStores> {
  const client = createClient({ url });
  client.on('error', (err) => logger.error({ err }, 'redis error (rate limits)'));
  await client.connect();
  return {
    storeFor: (name) =>
      new RedisStore({
        sendCommand: (...args: string[]) => client.sendCommand(args),
        prefix: `pulse:${scope}:${name}:`,
      }),
    close: async () => {
      await client.quit();
    },
  };
}

/** A per-address limit whose refusal is the API's usual JSON error (429 `rate_limited`). */
export function limitPerAddress(
  stores: RateLimitStores,
  opts: { name: string; windowMs: number; limit: number; message: string; onlyFailures?: boolean },
): RequestHandler {
  const store = stores.storeFor(opts.name);
  return rateLimit({
    windowMs: opts.windowMs,
    limit: opts.limit,
    skipSuccessfulRequests: opts.onlyFailures ?? false,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    ...(store ? { store } : {}),
    handler: () => {
      throw new HttpError(429, 'rate_limited', opts.message);
    },
  });
}
