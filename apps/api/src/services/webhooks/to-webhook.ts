import type {
  Webhook,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookDeliveryType,
  WebhookEventType,
  WebhookFilter,
  WebhookFormat,
} from '@pulse/shared';
import type { DeliveryDoc } from '../../db/delivery.js';
import type { WebhookDoc } from '../../db/webhook.js';
import { sha256 } from '../access/keys.js';

/** After this long since the event (or a manual retry, or a resume), a delivery that still fails is given up. */
export const WEBHOOK_RETRY_WINDOW_MS = 24 * 3_600_000;

/** Rows written before retries had their own deadline retry for the window after the event. */
export const retryUntilOf = (doc: Pick<DeliveryDoc, 'retryUntil' | 'createdAt'>): Date =>
  doc.retryUntil ?? new Date(doc.createdAt.getTime() + WEBHOOK_RETRY_WINDOW_MS);

export function toWebhook(doc: WebhookDoc): Webhook {
  return {
    id: doc._id.toHexString(),
    projectId: doc.projectId.toHexString(),
    url: doc.url,
    events: doc.events as WebhookEventType[],
    format: doc.format as WebhookFormat,
    // Webhooks made before filters and pausing existed: no filter, not paused.
    filter: (doc.filter ?? {}) as WebhookFilter,
    paused: doc.paused ?? false,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: (doc.updatedAt ?? doc.createdAt).toISOString(),
  };
}

/**
 * The webhook as a role without `webhooks.manage` may read it: the URL cut to
 * its origin, since a Slack incoming-webhook URL (like many a custom one) is
 * the credential that lets anyone post into the channel.
 */
export function withoutCredentials(webhook: Webhook): Webhook {
  const url = new URL(webhook.url);
  const hidden =
    `${url.pathname}${url.search}${url.hash}` !== '/' || url.username !== '' || url.password !== '';
  return { ...webhook, url: hidden ? `${url.origin}/…` : url.origin };
}

/** A row as the log shows it: a pending row of a paused webhook is `held`. */
export function toDelivery(doc: DeliveryDoc, webhookPaused: boolean): WebhookDelivery {
  const status = doc.status as Exclude<WebhookDeliveryStatus, 'held'>;
  return {
    id: doc._id,
    webhookId: doc.webhookId.toHexString(),
    eventType: doc.eventType as WebhookDeliveryType,
    status: status === 'pending' && webhookPaused ? 'held' : status,
    body: doc.body,
    attempts: doc.attempts.map((a) => ({
      at: a.at.toISOString(),
      statusCode: a.statusCode ?? null,
      error: a.error ?? null,
      durationMs: a.durationMs,
    })),
    nextAttemptAt: doc.nextAttemptAt?.toISOString() ?? null,
    retryUntil: retryUntilOf(doc).toISOString(),
    createdAt: doc.createdAt.toISOString(),
    deliveredAt: doc.deliveredAt?.toISOString() ?? null,
  };
}

/**
 * The delivery id (`webhook-id`): the same webhook, event type and source
 * (a response id, or a follow-up id and version) always give the same id.
 */
export function deliveryIdFor(webhookId: string, type: WebhookDeliveryType, sourceKey: string): string {
  return `msg_${sha256(`${webhookId}|${type}|${sourceKey}`).slice(0, 32)}`;
}
