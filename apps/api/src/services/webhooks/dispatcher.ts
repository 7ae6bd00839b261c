import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Types } from 'mongoose';
import type { DeliveryDoc } from '../../db/delivery.js';
import type { Models } from '../../db/models.js';
import type { WebhookDoc } from '../../db/webhook.js';
import type { Logger } from '../../logger.js';
import type { Outbox } from './outbox.js';
import type { SecretBox } from './secret-box.js';
import { signWebhook } from './signature.js';
import { publicOnlyLookup, refusedTarget } from './target.js';
import { retryUntilOf } from './to-webhook.js';

/** A receiver gets this long to answer an attempt. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** A claimed delivery is invisible to other dispatchers this long; well past the timeout. */
const LEASE_MS = 6 * WEBHOOK_TIMEOUT_MS;
/** No single wait between attempts grows beyond this. */
const MAX_RETRY_DELAY_MS = 6 * 3_600_000;
/** Deliveries taken per poll, sent in parallel. */
const BATCH_SIZE = 20;

/**
 * Wait before the next attempt after `failedAttempts` failures: exponential
 * from `baseMs`, capped, with ±50 % jitter so receivers coming back up are
 * not hit by every sender at once.
 */
export function retryDelayMs(failedAttempts: number, baseMs: number, random: () => number): number {
  const exponential = Math.min(baseMs * 2 ** (failedAttempts - 1), MAX_RETRY_DELAY_MS);
  return Math.round(exponential * (0.5 + random()));
}

interface AttemptResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** POSTs with node:http(s), whose `lookup` hook lets the connection use only checked addresses. */
function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  allowPrivate: boolean,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        ...(allowPrivate ? {} : { lookup: publicOnlyLookup }),
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      },
      (res) => {
        // Redirects are not followed: a redirect is an answer to fix at the receiver.
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

async function send(
  webhook: WebhookDoc,
  delivery: DeliveryDoc,
  { now, allowPrivate, secrets }: { now: () => Date; allowPrivate: boolean; secrets: SecretBox },
): Promise<AttemptResult> {
  const started = now().getTime();
  const timestamp = Math.floor(started / 1000);
  const elapsed = () => Math.max(0, now().getTime() - started);
  const url = new URL(webhook.url);
  // The lookup hook never sees a URL that names an IP address (or localhost) directly.
  const refused = allowPrivate ? null : refusedTarget(url);
  if (refused) return { statusCode: null, error: refused, durationMs: 0 };
  let signature: string;
  try {
    signature = signWebhook(secrets.open(webhook.secret), delivery._id, timestamp, delivery.body);
  } catch (err) {
    return { statusCode: null, error: `not signed: ${(err as Error).message}`, durationMs: 0 };
  }
  try {
    const status = await post(
      url,
      {
        'content-type': 'application/json',
        'user-agent': 'Pulse-Webhooks/1',
        'webhook-id': delivery._id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signature,
      },
      delivery.body,
      allowPrivate,
    );
    const ok = status >= 200 && status < 300;
    return { statusCode: status, error: ok ? null : `HTTP ${status}`, durationMs: elapsed() };
  } catch (err) {
    return { statusCode: null, error: describeSendError(err), durationMs: elapsed() };
  }
}

function describeSendError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  if (err.name === 'AbortError' || err.name === 'TimeoutError')
    return `no answer within ${WEBHOOK_TIMEOUT_MS} ms`;
  const code = (err as NodeJS.ErrnoException).code;
  return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
}

export interface WebhookDispatcherOptions {
  models: Models;
  /** services.webhooks.outbox: its writes take turns with the team's retries and deletes. */
  outbox: Outbox;
  logger: Logger;
  /** How often the outbox is polled for due deliveries. */
  pollMs: number;
  /** Wait after the first failed attempt; doubles after each further failure. */
  retryBaseMs: number;
  /** Deliver to private, loopback and link-local addresses too (WEBHOOK_ALLOW_PRIVATE_NETWORKS). */
  allowPrivateNetworks?: boolean;
  /** Opens the webhook secrets sealed at rest (services.secrets). */
  secrets: SecretBox;
  now?: () => Date;
  random?: () => number;
}

/**
 * Sends the webhook outbox. Polls due deliveries (`pending`, `nextAttemptAt`
 * reached, their webhook not paused), claims each by moving `nextAttemptAt`
 * forward by a lease in one conditional update (so two API processes never send
 * the same attempt at once), sends it signed, and records the attempt. A row whose
 * webhook was paused since the poll is given back unsent. A crash mid-attempt leaves
 * the delivery pending: it is retried when the lease runs out, at least once overall.
 * The claim is atomic on MongoDB; FerretDB v1 (SQLite) does not apply a filtered
 * update atomically, so on it one process's polls, which run one after another,
 * are what keep an attempt single.
 */
export function startWebhookDispatcher({
  models,
  outbox,
  logger,
  pollMs,
  retryBaseMs,
  allowPrivateNetworks = false,
  secrets,
  now = () => new Date(),
  random = Math.random,
}: WebhookDispatcherOptions) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function attempt(due: DeliveryDoc): Promise<void> {
    const claimed = await outbox.claim(due, now(), LEASE_MS);
    if (!claimed) return;
    const webhook = await models.Webhook.findById(claimed.webhookId).lean<WebhookDoc>();
    if (!webhook) {
      await outbox.abandon(claimed.webhookId);
      return;
    }
    if (webhook.paused) {
      await outbox.unclaim(claimed, now());
      return;
    }
    const result = await send(webhook, claimed, { now, allowPrivate: allowPrivateNetworks, secrets });
    const at = now();
    const record = { at, ...result };
    if (result.error === null) {
      await outbox.record(claimed, record, { delivered: true });
      return;
    }
    const next = new Date(at.getTime() + retryDelayMs(claimed.attempts.length + 1, retryBaseMs, random));
    const givenUp = next > retryUntilOf(claimed);
    await outbox.record(claimed, record, { delivered: false, retryAt: givenUp ? null : next });
    if (givenUp) logger.warn({ deliveryId: claimed._id, url: webhook.url }, 'webhook delivery given up');
  }

  async function poll(): Promise<void> {
    const paused = await models.Webhook.find({ paused: true }, { _id: 1 }).lean<{ _id: Types.ObjectId }[]>();
    const due = await outbox.due(
      now(),
      BATCH_SIZE,
      paused.map((w) => w._id),
    );
    await Promise.all(
      due.map((d) =>
        attempt(d).catch((err: unknown) =>
          logger.error({ err, deliveryId: d._id }, 'webhook attempt failed'),
        ),
      ),
    );
  }

  let running: Promise<void> = Promise.resolve();
  function loop(): void {
    if (stopped) return;
    running = poll()
      .catch((err: unknown) => logger.error({ err }, 'webhook poll failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, pollMs);
      });
  }
  // The first poll runs at once: deliveries left pending by a previous process go out on start.
  loop();

  return {
    /** Stops polling and waits for the attempts in flight to be recorded. */
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

export type WebhookDispatcher = ReturnType<typeof startWebhookDispatcher>;
