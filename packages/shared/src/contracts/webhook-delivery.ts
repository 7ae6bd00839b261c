import { z } from 'zod';
import { IsoDate, ObjectId } from './common.js';
import { FollowUp } from './followup.js';
import { ResponseItem } from './response.js';
import { WEBHOOK_EVENT_TYPES } from './webhook.js';

/** What a delivery can carry: a subscribed event, or the test a team member asked for. */
export const WebhookDeliveryType = z.enum([...WEBHOOK_EVENT_TYPES, 'webhook.test']);
export type WebhookDeliveryType = z.infer<typeof WebhookDeliveryType>;

/**
 * The body of a `standard` delivery (Standard Webhooks: `type`, `timestamp`, `data`).
 * The `webhook-id` header is the delivery id: the same on every retry of one event.
 */
export const WebhookPayload = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('response.created'), timestamp: IsoDate, data: ResponseItem }),
  z.strictObject({ type: z.literal('followup.created'), timestamp: IsoDate, data: FollowUp }),
  z.strictObject({ type: z.literal('followup.updated'), timestamp: IsoDate, data: FollowUp }),
  z.strictObject({
    type: z.literal('webhook.test'),
    timestamp: IsoDate,
    data: z.strictObject({ webhookId: ObjectId, message: z.string() }),
  }),
]);
export type WebhookPayload = z.infer<typeof WebhookPayload>;

export const WebhookAttempt = z.strictObject({
  at: IsoDate,
  /** The receiver's HTTP status; null when no answer came (timeout, refused connection). */
  statusCode: z.number().int().nullable(),
  /** Why the attempt failed (`HTTP 500`, `ECONNREFUSED: …`); null when it succeeded. */
  error: z.string().nullable(),
  durationMs: z.number().int().min(0),
});
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

/**
 * `pending`: to be sent (or retried) at `nextAttemptAt`; `held`: waiting while the
 * webhook is paused; `delivered`: a receiver answered 2xx; `failed`: 24 h of
 * retries passed without one (a manual retry makes it `pending` again).
 */
export const WebhookDeliveryStatus = z.enum(['pending', 'held', 'delivered', 'failed']);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

/** One row of a webhook's delivery log: one event, every attempt to send it. */
export const WebhookDelivery = z.strictObject({
  /** `msg_…`, derived from webhook, event and source: a retry of the source never makes a second delivery. */
  id: z.string().startsWith('msg_'),
  webhookId: ObjectId,
  eventType: WebhookDeliveryType,
  status: WebhookDeliveryStatus,
  /** The exact bytes sent (and signed) on every attempt. */
  body: z.string(),
  /** Oldest first. */
  attempts: z.array(WebhookAttempt),
  nextAttemptAt: IsoDate.nullable(),
  /** Retries stop here (24 h after the event, or after a manual retry or a resume). */
  retryUntil: IsoDate,
  createdAt: IsoDate,
  deliveredAt: IsoDate.nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryListQuery = z.strictObject({
  status: WebhookDeliveryStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});
export type WebhookDeliveryListQuery = z.infer<typeof WebhookDeliveryListQuery>;

/** Newest first; `nextCursor` continues strictly after the last item (null: no more). */
export const WebhookDeliveryList = z.strictObject({
  items: z.array(WebhookDelivery),
  nextCursor: z.string().nullable(),
});
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryList>;
