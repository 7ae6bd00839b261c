import { z } from 'zod';
import { PRIORITIES, THEMES } from '../classify/vocabulary.js';
import { CategorySchema, IsoDate, ObjectId } from './common.js';

/** What a webhook may subscribe to. */
export const WEBHOOK_EVENT_TYPES = ['response.created', 'followup.created', 'followup.updated'] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/** `standard`: Standard Webhooks JSON payload; `slack`: `{ text }` for a Slack incoming webhook. */
export const WebhookFormat = z.enum(['standard', 'slack']);
export type WebhookFormat = z.infer<typeof WebhookFormat>;

const distinct = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1)
    .refine((items) => new Set(items).size === items.length, 'lists a value twice')
    .meta({ uniqueItems: true });

/**
 * Which events a webhook is sent: every condition given must hold (an empty
 * filter passes everything). Judged on the answer's category and the
 * classifier's churn risk, priority and themes — of the answer for
 * `response.created`, of the follow-up for `followup.*`. It is applied when the
 * outbox rows are written: a filtered-out event writes no delivery at all.
 */
export const WebhookFilter = z.strictObject({
  /** Only answers in these categories, e.g. `["detractor"]` (follow-ups are always detractors). */
  categories: distinct(CategorySchema).optional(),
  /** Only when the classifier saw a churn risk ("I am going to cancel"). */
  churnRisk: z.literal(true).optional(),
  /** Only at this priority or a more urgent one (urgent > high > normal > low). */
  minPriority: z.enum(PRIORITIES).optional(),
  /** Only when the comment names at least one of these themes. */
  themes: distinct(z.enum(THEMES)).optional(),
});
export type WebhookFilter = z.infer<typeof WebhookFilter>;

const WebhookUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).max(2000);
const WebhookEvents = distinct(WebhookEventType);

export const WebhookCreate = z.strictObject({
  url: WebhookUrl,
  events: WebhookEvents,
  format: WebhookFormat.default('standard'),
  filter: WebhookFilter.default({}),
});
export type WebhookCreate = z.infer<typeof WebhookCreate>;

/**
 * Body of `PATCH /v1/webhooks/:id`: any of these, at least one. `paused: true`
 * holds new and pending deliveries (none is dropped); `paused: false` sends what
 * was held. A new `filter` replaces the old one whole.
 */
export const WebhookUpdate = z
  .strictObject({
    url: WebhookUrl.optional(),
    events: WebhookEvents.optional(),
    format: WebhookFormat.optional(),
    filter: WebhookFilter.optional(),
    paused: z.boolean().optional(),
  })
  .refine((u) => Object.keys(u).length > 0, 'name at least one of url, events, format, filter, paused')
  .meta({ minProperties: 1 });
export type WebhookUpdate = z.infer<typeof WebhookUpdate>;

export const Webhook = z.strictObject({
  id: ObjectId,
  projectId: ObjectId,
  url: z.string().meta({
    description:
      'Where deliveries go. Roles without `webhooks.manage` read only its origin followed by `/…`: the path of a Slack or similar URL is its credential.',
  }),
  events: z.array(WebhookEventType),
  format: WebhookFormat,
  filter: WebhookFilter,
  /** While paused, deliveries are `held`: written, not sent; they go out on resume. */
  paused: z.boolean(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
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
