import { randomUUID } from 'node:crypto';
import type {
  Webhook,
  WebhookCreate,
  WebhookCreated,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookDeliveryListQuery,
  WebhookUpdate,
} from '@pulse/shared';
import type { Types } from 'mongoose';
import { findOfProject } from '../../db/find-of-project.js';
import type { Models } from '../../db/models.js';
import type { WebhookDoc } from '../../db/webhook.js';
import { HttpError, notFound } from '../../errors.js';
import { keyedSerializer } from '../../lib/keyed-serializer.js';
import { createEnqueuer, newDelivery } from './enqueue.js';
import { createOutbox } from './outbox.js';
import type { SecretBox } from './secret-box.js';
import { newWebhookSecret } from './signature.js';
import { refusedTarget } from './target.js';
import { deliveryIdFor, toDelivery, toWebhook } from './to-webhook.js';

/**
 * What changed, for whoever keeps a record of it (the audit log plugs in here):
 * `before`/`after` are the webhook as the API shows it (never its secret).
 */
export interface WebhookChange {
  projectId: string;
  webhookId: string;
  /** A member's e-mail, or `api` for an API key. */
  actor: string;
  action: 'created' | 'updated' | 'deleted' | 'test_sent' | 'delivery_retried';
  before: Webhook | null;
  after: Webhook | null;
}
export type WebhookChangeListener = (change: WebhookChange) => Promise<void> | void;

const TEST_MESSAGE = 'A test delivery from Pulse: if you can read this, the webhook works.';

const paused = (webhook: Webhook) =>
  new HttpError(409, 'webhook_paused', `Webhook ${webhook.id} is paused: resume it first.`);

export function createWebhookService(
  models: Models,
  {
    allowPrivateNetworks,
    secrets,
    listeners = [],
  }: { allowPrivateNetworks: boolean; secrets: SecretBox; listeners?: WebhookChangeListener[] },
) {
  const outbox = createOutbox(models);
  const enqueuer = createEnqueuer(models, outbox);
  // A PATCH reads the webhook and writes it back: one at a time per webhook (FerretDB).
  const serialize = keyedSerializer();

  async function findOwned(projectId: string, id: string): Promise<WebhookDoc> {
    const doc = await findOfProject<WebhookDoc>(models.Webhook, projectId, id);
    if (!doc) throw notFound('Webhook');
    return doc;
  }

  function checkTarget(url: string): void {
    const refused = allowPrivateNetworks ? null : refusedTarget(new URL(url));
    if (refused) {
      throw new HttpError(400, 'invalid_request', `Invalid webhook: url: ${refused}`, {
        issues: [{ path: ['url'], message: refused }],
      });
    }
  }

  const pausedWebhookIds = async () =>
    (await models.Webhook.find({ paused: true }, { _id: 1 }).lean<{ _id: Types.ObjectId }[]>()).map(
      (w) => w._id,
    );

  async function tell(change: WebhookChange): Promise<void> {
    for (const listener of listeners) await listener(change);
  }

  async function ownedDelivery(webhook: WebhookDoc, deliveryId: string) {
    const delivery = await outbox.find(deliveryId);
    if (!delivery?.webhookId.equals(webhook._id)) throw notFound('Delivery');
    return delivery;
  }

  return {
    ...enqueuer,
    /** The outbox, for the dispatcher: the same turns per webhook as the team's changes. */
    outbox,

    async createWebhook(projectId: string, input: WebhookCreate, actor: string): Promise<WebhookCreated> {
      checkTarget(input.url);
      const secret = newWebhookSecret();
      const now = new Date();
      const doc = await models.Webhook.create({
        ...input,
        projectId,
        paused: false,
        secret: secrets.seal(secret),
        createdAt: now,
        updatedAt: now,
      });
      const webhook = toWebhook(doc.toObject<WebhookDoc>());
      await tell({
        projectId,
        webhookId: webhook.id,
        actor,
        action: 'created',
        before: null,
        after: webhook,
      });
      return { ...webhook, secret };
    },

    /** Deliveries still to be sent, held by a pause, and given up, over every project (for /metrics). */
    outboxCounts: async () => outbox.counts(await pausedWebhookIds()),

    async listWebhooks(projectId: string): Promise<Webhook[]> {
      const docs = await models.Webhook.find({ projectId }).sort({ createdAt: 1 }).lean<WebhookDoc[]>();
      return docs.map(toWebhook);
    },

    getWebhook: async (projectId: string, id: string): Promise<Webhook> =>
      toWebhook(await findOwned(projectId, id)),

    /**
     * Changes a webhook. While it is paused the dispatcher passes over its deliveries
     * (they are `held`, still written for every event); resuming sends them at once,
     * each with a fresh 24 h retry window.
     */
    updateWebhook: (projectId: string, id: string, patch: WebhookUpdate, actor: string): Promise<Webhook> =>
      serialize(id, async () => {
        const doc = await findOwned(projectId, id);
        if (patch.url) checkTarget(patch.url);
        const now = new Date();
        await models.Webhook.updateOne({ _id: doc._id }, { $set: { ...patch, updatedAt: now } });
        // What waited during a pause goes out at once (it stayed due), for a fresh retry window.
        if (patch.paused === false && doc.paused) await outbox.renewWindow(doc._id, now);
        const before = toWebhook(doc);
        const after = toWebhook({ ...doc, ...patch, updatedAt: now });
        await tell({ projectId, webhookId: id, actor, action: 'updated', before, after });
        return after;
      }),

    /** Deletes the webhook; what it had still to send is marked failed, never sent. */
    async deleteWebhook(projectId: string, id: string, actor: string): Promise<void> {
      const doc = await findOwned(projectId, id);
      await models.Webhook.deleteOne({ _id: doc._id });
      await outbox.abandon(doc._id);
      await tell({ projectId, webhookId: id, actor, action: 'deleted', before: toWebhook(doc), after: null });
    },

    /**
     * Writes a `webhook.test` delivery to the outbox: the dispatcher sends it like
     * any other (signed, retried, in the log). A paused webhook sends nothing: 409.
     */
    async sendTest(projectId: string, id: string, actor: string): Promise<WebhookDelivery> {
      const doc = await findOwned(projectId, id);
      const webhook = toWebhook(doc);
      if (webhook.paused) throw paused(webhook);
      const now = new Date();
      const delivery = newDelivery(
        doc,
        deliveryIdFor(webhook.id, 'webhook.test', randomUUID()),
        {
          type: 'webhook.test',
          timestamp: now.toISOString(),
          data: { webhookId: webhook.id, message: TEST_MESSAGE },
        },
        now,
      );
      await outbox.write([delivery]);
      await tell({ projectId, webhookId: id, actor, action: 'test_sent', before: webhook, after: webhook });
      return toDelivery(delivery, false);
    },

    /** Newest first, with every attempt. */
    async listDeliveries(
      projectId: string,
      webhookId: string,
      q: WebhookDeliveryListQuery,
    ): Promise<WebhookDeliveryList> {
      const webhook = await findOwned(projectId, webhookId);
      const isPaused = webhook.paused ?? false;
      // `held` is how pending rows of a paused webhook are shown; a paused webhook has no `pending` ones.
      const status = q.status === 'held' ? (isPaused ? 'pending' : null) : q.status;
      if (status === null || (q.status === 'pending' && isPaused)) return { items: [], nextCursor: null };
      const { docs, nextCursor } = await outbox.list(webhook._id, status, q);
      return { items: docs.map((d) => toDelivery(d, isPaused)), nextCursor };
    },

    async getDelivery(projectId: string, webhookId: string, deliveryId: string): Promise<WebhookDelivery> {
      const webhook = await findOwned(projectId, webhookId);
      return toDelivery(await ownedDelivery(webhook, deliveryId), webhook.paused ?? false);
    },

    /**
     * Sends a failed or pending delivery again now (the same id and body, signed
     * afresh), retried for another 24 h if it fails. A delivered one is 409, and so
     * is any delivery of a paused webhook (resume it, and held ones go out by themselves).
     */
    async retryDelivery(
      projectId: string,
      webhookId: string,
      deliveryId: string,
      actor: string,
    ): Promise<WebhookDelivery> {
      const doc = await findOwned(projectId, webhookId);
      const webhook = toWebhook(doc);
      const delivery = await ownedDelivery(doc, deliveryId);
      if (webhook.paused) throw paused(webhook);
      if (delivery.status === 'delivered') {
        throw new HttpError(409, 'already_delivered', `Delivery ${deliveryId} was delivered already.`);
      }
      const retried = await outbox.retry(delivery, new Date());
      if (!retried) throw notFound('Delivery');
      await tell({
        projectId,
        webhookId,
        actor,
        action: 'delivery_retried',
        before: webhook,
        after: webhook,
      });
      return toDelivery(retried, false);
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
