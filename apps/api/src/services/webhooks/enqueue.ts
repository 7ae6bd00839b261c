import type { FollowUp, WebhookEventType, WebhookFilter, WebhookPayload } from '@pulse/shared';
import type { DeliveryDoc } from '../../db/delivery.js';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import type { WebhookDoc } from '../../db/webhook.js';
import type { FollowUpListener } from '../followups/service.js';
import { toResponseItem } from '../responses/to-item.js';
import { passesFilter } from './filter.js';
import type { Outbox } from './outbox.js';
import { slackText } from './slack.js';
import { deliveryIdFor, WEBHOOK_RETRY_WINDOW_MS } from './to-webhook.js';

/** One event to fan out to the project's subscribed webhooks. */
interface OutboxEvent {
  projectId: string;
  /** Identifies the source and its version, e.g. `<followUpId>:<version>`. */
  sourceKey: string;
  payload: WebhookPayload;
}

/** The exact bytes a webhook is sent for a payload, in its format. */
export const bodyFor = (webhook: Pick<WebhookDoc, 'format'>, payload: WebhookPayload) =>
  webhook.format === 'slack' ? JSON.stringify({ text: slackText(payload) }) : JSON.stringify(payload);

/** A new outbox row, due now (the dispatcher passes over it while its webhook is paused). */
export function newDelivery(
  webhook: WebhookDoc,
  id: string,
  payload: WebhookPayload,
  now: Date,
): DeliveryDoc {
  return {
    _id: id,
    projectId: webhook.projectId,
    webhookId: webhook._id,
    eventType: payload.type,
    status: 'pending',
    body: bodyFor(webhook, payload),
    attempts: [],
    nextAttemptAt: now,
    createdAt: now,
    retryUntil: new Date(now.getTime() + WEBHOOK_RETRY_WINDOW_MS),
    deliveredAt: null,
  };
}

/**
 * Writes the outbox rows of stored answers and follow-up changes: one per event
 * and subscribed webhook whose filter it passes (a filtered-out event writes
 * nothing). Row ids are derived from webhook, event and source, so running this
 * again for the same events writes nothing new: it is a derived step of ingest.
 */
export function createEnqueuer(models: Models, outbox: Outbox) {
  async function enqueue(type: WebhookEventType, events: OutboxEvent[]): Promise<void> {
    if (events.length === 0) return;
    const projectIds = [...new Set(events.map((e) => e.projectId))];
    const webhooks = await models.Webhook.find({ projectId: { $in: projectIds }, events: type }).lean<
      WebhookDoc[]
    >();
    if (webhooks.length === 0) return;
    const now = new Date();
    const deliveries: DeliveryDoc[] = [];
    for (const event of events) {
      for (const webhook of webhooks) {
        if (webhook.projectId.toHexString() !== event.projectId) continue;
        if (!passesFilter((webhook.filter ?? {}) as WebhookFilter, event.payload)) continue;
        const id = deliveryIdFor(webhook._id.toHexString(), type, event.sourceKey);
        deliveries.push(newDelivery(webhook, id, event.payload, now));
      }
    }
    await outbox.write(deliveries);
  }

  // A follow-up is created once, so its id names the event; each change has its own version.
  const followUpEvent = (type: 'followup.created' | 'followup.updated', followUp: FollowUp): OutboxEvent => ({
    projectId: followUp.projectId,
    sourceKey: type === 'followup.created' ? followUp.id : `${followUp.id}:${followUp.version}`,
    payload:
      type === 'followup.created'
        ? { type, timestamp: followUp.createdAt, data: followUp }
        : { type, timestamp: followUp.updatedAt, data: followUp },
  });

  return {
    /** An ingest afterStore hook: `response.created` for every stored answer. */
    enqueueResponses: (inserted: ResponseDoc[]): Promise<void> =>
      enqueue(
        'response.created',
        inserted.map((doc) => {
          const item = toResponseItem(doc);
          return {
            projectId: doc.projectId.toHexString(),
            sourceKey: item.id,
            payload: { type: 'response.created', timestamp: item.createdAt, data: item },
          };
        }),
      ),

    /** A follow-up listener: one outbox write for each batch of `followup.created` / `followup.updated`. */
    enqueueFollowUp: ((type, followUps) =>
      enqueue(
        type,
        followUps.map((followUp) => followUpEvent(type, followUp)),
      )) satisfies FollowUpListener,
  };
}
