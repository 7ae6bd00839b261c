import { z } from 'zod';
import { IsoDate, ObjectId } from './common.js';
import { FollowUp } from './followup.js';
import { ResponseItem } from './response.js';

/** What a webhook may subscribe to. */
export const WEBHOOK_EVENT_TYPES = ['response.created', 'followup.created', 'followup.updated'] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/** `standard`: Standard Webhooks JSON payload; `slack`: `{ text }` for a Slack incoming webhook. */
export const WebhookFormat = z.enum(['standard', 'slack']);
export type WebhookFormat = z.infer<typeof WebhookFormat>;

export const WebhookCreate = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).max(2000),
  events: z
    .array(WebhookEventType)
    .min(1)
    .refine((events) => new Set(events).size === events.length, 'lists an event twice')
    .meta({ uniqueItems: true }),
  format: WebhookFormat.default('standard'),
});
export type WebhookCreate = z.infer<typeof WebhookCreate>;

export const Webhook = z.strictObject({
  id: ObjectId,
  projectId: ObjectId,
  url: z.string(),
  events: z.array(WebhookEventType),
  format: WebhookFormat,
  createdAt: IsoDate,
});
export type Webhook = z.infer<typeof Webhook>;

/** The answer to creating a webhook: the only time its signing secret is shown. */
export const WebhookCreated = Webhook.extend({
  /** `whsec_` + base64 of 32 random bytes; verify signatures with it (Standard Webhooks). */
  secret: z.string().startsWith('whsec_'),
});
export type WebhookCreated = z.infer<typeof WebhookCreated>;

export const WebhookList = z.strictObject({ items: z.array(Webhook) });
export type WebhookList = z.infer<typeof WebhookList>;

/**
 * The body of a `standard` delivery (Standard Webhooks: `type`, `timestamp`, `data`).
 * The `webhook-id` header is the delivery id: the same on every retry of one event.
 */
export const WebhookPayload = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('response.created'), timestamp: IsoDate, data: ResponseItem }),
  z.strictObject({ type: z.literal('followup.created'), timestamp: IsoDate, data: FollowUp }),
  z.strictObject({ type: z.literal('followup.updated'), timestamp: IsoDate, data: FollowUp }),
]);
export type WebhookPayload = z.infer<typeof WebhookPayload>;

export const WebhookAttempt = z.strictObject({
  at: IsoDate,
  /** The receiver's HTTP status; null when no answer came (timeout, refused connection). */
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int().min(0),
});
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

/** One row of a webhook's delivery log: one event, every attempt to send it. */
export const WebhookDelivery = z.strictObject({
  /** `msg_…`, derived from webhook, event and source: a retry of the source never makes a second delivery. */
  id: z.string().startsWith('msg_'),
  webhookId: ObjectId,
  eventType: WebhookEventType,
  /** `pending` until a 2xx answer (`delivered`) or 24 h of retries (`failed`). */
  status: z.enum(['pending', 'delivered', 'failed']),
  /** The exact bytes sent (and signed) on every attempt. */
  body: z.string(),
  attempts: z.array(WebhookAttempt),
  nextAttemptAt: IsoDate.nullable(),
  createdAt: IsoDate,
  deliveredAt: IsoDate.nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryListQuery = z.strictObject({
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type WebhookDeliveryListQuery = z.infer<typeof WebhookDeliveryListQuery>;

export const WebhookDeliveryList = z.strictObject({ items: z.array(WebhookDelivery) });
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryList>;
