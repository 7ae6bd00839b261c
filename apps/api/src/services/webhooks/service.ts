import type {
  FollowUp,
  ResponseItem,
  Webhook,
  WebhookCreate,
  WebhookCreated,
  WebhookDelivery,
  WebhookDeliveryListQuery,
  WebhookEventType,
  WebhookFormat,
  WebhookPayload,
} from '@pulse/shared';
import type { Types } from 'mongoose';
import type { DeliveryDoc } from '../../db/delivery.js';
import { findOfProject } from '../../db/find-of-project.js';
import { insertNew } from '../../db/insert-new.js';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import type { WebhookDoc } from '../../db/webhook.js';
import { HttpError, notFound } from '../../errors.js';
import { sha256 } from '../access/keys.js';
import type { FollowUpListener } from '../followups/service.js';
import { toResponseItem } from '../responses.js';
import type { SecretBox } from './secret-box.js';
import { newWebhookSecret } from './signature.js';
import { slackText } from './slack.js';
import { refusedTarget } from './target.js';

export function toWebhook(doc: WebhookDoc): Webhook {
  return {
    id: doc._id.toHexString(),
    projectId: doc.projectId.toHexString(),
    url: doc.url,
    events: doc.events as WebhookEventType[],
    format: doc.format as WebhookFormat,
    createdAt: doc.createdAt.toISOString(),
  };
}

export function toDelivery(doc: DeliveryDoc): WebhookDelivery {
  return {
    id: doc._id,
    webhookId: doc.webhookId.toHexString(),
    eventType: doc.eventType as WebhookEventType,
    status: doc.status as WebhookDelivery['status'],
    body: doc.body,
    attempts: doc.attempts.map((a) => ({
      at: a.at.toISOString(),
      statusCode: a.statusCode ?? null,
      error: a.error ?? null,
      durationMs: a.durationMs,
    })),
    nextAttemptAt: doc.nextAttemptAt?.toISOString() ?? null,
    createdAt: doc.createdAt.toISOString(),
    deliveredAt: doc.deliveredAt?.toISOString() ?? null,
  };
}

/**
 * The delivery id (`webhook-id`): the same webhook, event type and source
 * (a response id, or a follow-up id and version) always give the same id.
 */
export function deliveryIdFor(webhookId: string, type: WebhookEventType, sourceKey: string): string {
  return `msg_${sha256(`${webhookId}|${type}|${sourceKey}`).slice(0, 32)}`;
}

/** One event to fan out to the project's subscribed webhooks. */
interface OutboxEvent {
  projectId: string;
  /** Identifies the source and its version, e.g. `<followUpId>:<version>`. */
  sourceKey: string;
  payload: WebhookPayload;
}

export function createWebhookService(
  models: Models,
  { allowPrivateNetworks, secrets }: { allowPrivateNetworks: boolean; secrets: SecretBox },
) {
  async function findOwned(projectId: string, id: string): Promise<WebhookDoc> {
    const doc = await findOfProject<WebhookDoc>(models.Webhook, projectId, id);
    if (!doc) throw notFound('Webhook');
    return doc;
  }

  /**
   * Writes the deliveries of these events to the outbox; the dispatcher sends
   * them. A delivery already written (same id) is left as it is.
   */
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
        const body =
          webhook.format === 'slack'
            ? JSON.stringify({ text: slackText(event.payload) })
            : JSON.stringify(event.payload);
        deliveries.push({
          _id: deliveryIdFor(webhook._id.toHexString(), type, event.sourceKey),
          projectId: webhook.projectId,
          webhookId: webhook._id,
          eventType: type,
          status: 'pending',
          body,
          attempts: [],
          nextAttemptAt: now,
          createdAt: now,
          deliveredAt: null,
        });
      }
    }
    await insertNew(models.Delivery.collection, deliveries);
  }

  const responseEvent = (item: ResponseItem, projectId: Types.ObjectId): OutboxEvent => ({
    projectId: projectId.toHexString(),
    sourceKey: item.id,
    payload: { type: 'response.created', timestamp: item.createdAt, data: item },
  });

  // A follow-up is created once, so its id names the event; each change has its own version.
  const followUpEvent = (type: 'followup.created' | 'followup.updated', followUp: FollowUp): OutboxEvent => ({
    projectId: followUp.projectId,
    sourceKey: type === 'followup.created' ? followUp.id : `${followUp.id}:${followUp.version}`,
    payload:
      type === 'followup.created'
        ? { type, timestamp: followUp.createdAt, data: followUp }
        : { type, timestamp: followUp.updatedAt, data: followUp },
  });

  /** An ingest afterStore hook: `response.created` for every stored answer. */
  async function enqueueResponses(inserted: ResponseDoc[]): Promise<void> {
    await enqueue(
      'response.created',
      inserted.map((doc) => responseEvent(toResponseItem(doc), doc.projectId)),
    );
  }

  /** A follow-up listener: one outbox write for each batch of `followup.created` / `followup.updated`. */
  const enqueueFollowUp: FollowUpListener = (type, followUps) =>
    enqueue(
      type,
      followUps.map((followUp) => followUpEvent(type, followUp)),
    );

  return {
    enqueueResponses,
    enqueueFollowUp,

    async createWebhook(projectId: string, input: WebhookCreate): Promise<WebhookCreated> {
      const refused = allowPrivateNetworks ? null : refusedTarget(new URL(input.url));
      if (refused) {
        throw new HttpError(400, 'invalid_request', `Invalid webhook: url: ${refused}`, {
          issues: [{ path: ['url'], message: refused }],
        });
      }
      const secret = newWebhookSecret();
      const doc = await models.Webhook.create({
        ...input,
        projectId,
        secret: secrets.seal(secret),
        createdAt: new Date(),
      });
      return { ...toWebhook(doc.toObject<WebhookDoc>()), secret };
    },

    /** Deliveries still to be sent and those given up, over every project (for /metrics). */
    async outbox(): Promise<{ pending: number; failed: number }> {
      const count = (status: 'pending' | 'failed') => models.Delivery.countDocuments({ status });
      const [pending, failed] = await Promise.all([count('pending'), count('failed')]);
      return { pending, failed };
    },

    async listWebhooks(projectId: string): Promise<Webhook[]> {
      const docs = await models.Webhook.find({ projectId }).sort({ createdAt: 1 }).lean<WebhookDoc[]>();
      return docs.map(toWebhook);
    },

    /** Deletes the webhook; what it had still pending is marked failed, never sent. */
    async deleteWebhook(projectId: string, id: string): Promise<void> {
      const doc = await findOwned(projectId, id);
      await models.Webhook.deleteOne({ _id: doc._id });
      await models.Delivery.updateMany(
        { webhookId: doc._id, status: 'pending' },
        { $set: { status: 'failed', nextAttemptAt: null } },
      );
    },

    /** Newest first. */
    async listDeliveries(
      projectId: string,
      webhookId: string,
      q: WebhookDeliveryListQuery,
    ): Promise<WebhookDelivery[]> {
      const webhook = await findOwned(projectId, webhookId);
      const docs = await models.Delivery.find({
        webhookId: webhook._id,
        ...(q.status ? { status: q.status } : {}),
      })
        .sort({ createdAt: -1, _id: -1 })
        .limit(q.limit)
        .lean<DeliveryDoc[]>();
      return docs.map(toDelivery);
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
