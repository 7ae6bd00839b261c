import type { WebhookDeliveryListQuery } from '@pulse/shared';
import type { Types } from 'mongoose';
import type { DeliveryDoc } from '../../db/delivery.js';
import { insertNew } from '../../db/insert-new.js';
import type { Models } from '../../db/models.js';
import { dateOf, readCursor, writeCursor } from '../../lib/cursor.js';
import { keyedSerializer } from '../../lib/keyed-serializer.js';
import { WEBHOOK_RETRY_WINDOW_MS } from './to-webhook.js';

export type Attempt = DeliveryDoc['attempts'][number];

/** What a row stores; `held` is how a pending row of a paused webhook is shown. */
export type StoredStatus = 'pending' | 'delivered' | 'failed';

/** What follows an attempt: it was delivered, or the next try is due at `retryAt` (null: given up). */
export type AttemptOutcome = { delivered: true } | { delivered: false; retryAt: Date | null };

const cursorOf = (doc: DeliveryDoc) => writeCursor([doc.createdAt, doc._id]);
const sortKeyOf = (cursor: string) =>
  readCursor(cursor, ([at, id]) => {
    const createdAt = dateOf(at);
    return createdAt && id?.startsWith('msg_') ? { createdAt, id } : null;
  });

/**
 * The webhook outbox (`deliveries`): every read and write of its rows. The
 * dispatcher's claims and records and the team's retries and deletes change the
 * same rows, and FerretDB applies an update as read-then-write, so the writes
 * take turns per webhook in this process (MongoDB's own atomicity guards across
 * processes).
 */
export function createOutbox(models: Models) {
  const serialize = keyedSerializer();
  const inTurn = <T>(webhookId: Types.ObjectId | string, work: () => Promise<T>) =>
    serialize(String(webhookId), work);

  return {
    /** Writes new rows; a row already written (same id) is left as it is. */
    async write(deliveries: DeliveryDoc[]): Promise<void> {
      await insertNew(models.Delivery.collection, deliveries);
    },

    find: (id: string) => models.Delivery.findById(id).lean<DeliveryDoc>(),

    /** Pending rows whose time has come, oldest due first, leaving out those of paused webhooks. */
    due: (now: Date, limit: number, paused: readonly Types.ObjectId[]) =>
      models.Delivery.find({
        status: 'pending',
        nextAttemptAt: { $lte: now },
        ...(paused.length > 0 ? { webhookId: { $nin: paused } } : {}),
      })
        .sort({ nextAttemptAt: 1 })
        .limit(limit)
        .lean<DeliveryDoc[]>(),

    /** Takes a due row for one attempt by moving its time past the lease; null if it is no longer due. */
    claim: (due: DeliveryDoc, at: Date, leaseMs: number) =>
      inTurn(due.webhookId, () =>
        models.Delivery.findOneAndUpdate(
          { _id: due._id, status: 'pending', nextAttemptAt: { $lte: at } },
          { $set: { nextAttemptAt: new Date(at.getTime() + leaseMs) } },
          { returnDocument: 'after' },
        ).lean<DeliveryDoc>(),
      ),

    /** Gives a claimed row back unsent (its webhook was paused meanwhile): due again at `at`. */
    unclaim: (delivery: DeliveryDoc, at: Date) =>
      inTurn(delivery.webhookId, async () => {
        await models.Delivery.updateOne(
          { _id: delivery._id, status: 'pending' },
          { $set: { nextAttemptAt: at } },
        );
      }),

    /** Appends an attempt and its outcome. */
    record: (delivery: DeliveryDoc, attempt: Attempt, outcome: AttemptOutcome) =>
      inTurn(delivery.webhookId, async () => {
        const set = outcome.delivered
          ? { status: 'delivered', deliveredAt: attempt.at, nextAttemptAt: null }
          : outcome.retryAt
            ? { nextAttemptAt: outcome.retryAt }
            : { status: 'failed', nextAttemptAt: null };
        await models.Delivery.updateOne({ _id: delivery._id }, { $set: set, $push: { attempts: attempt } });
      }),

    /** On resume: what waited is retried for a fresh window (the pause is not held against it). */
    renewWindow: (webhookId: Types.ObjectId, now: Date) =>
      inTurn(webhookId, async () => {
        await models.Delivery.updateMany(
          { webhookId, status: 'pending' },
          { $set: { retryUntil: new Date(now.getTime() + WEBHOOK_RETRY_WINDOW_MS) } },
        );
      }),

    /** A manual retry: due now, retried for another window if it fails again. */
    retry: (delivery: DeliveryDoc, now: Date) =>
      inTurn(delivery.webhookId, () =>
        models.Delivery.findOneAndUpdate(
          { _id: delivery._id },
          {
            $set: {
              status: 'pending',
              nextAttemptAt: now,
              retryUntil: new Date(now.getTime() + WEBHOOK_RETRY_WINDOW_MS),
            },
          },
          { returnDocument: 'after' },
        ).lean<DeliveryDoc>(),
      ),

    /** A deleted webhook's rows that were still to go are failed, never sent. */
    abandon: (webhookId: Types.ObjectId) =>
      inTurn(webhookId, async () => {
        await models.Delivery.updateMany(
          { webhookId, status: 'pending' },
          { $set: { status: 'failed', nextAttemptAt: null } },
        );
      }),

    /** One webhook's rows, newest first; the cursor continues strictly after the last row seen. */
    async list(
      webhookId: Types.ObjectId,
      status: StoredStatus | undefined,
      q: Pick<WebhookDeliveryListQuery, 'limit' | 'cursor'>,
    ): Promise<{ docs: DeliveryDoc[]; nextCursor: string | null }> {
      const filter: Record<string, unknown> = { webhookId, ...(status ? { status } : {}) };
      if (q.cursor) {
        const { createdAt, id } = sortKeyOf(q.cursor);
        filter.$or = [{ createdAt: { $lt: createdAt } }, { createdAt, _id: { $lt: id } }];
      }
      const docs = await models.Delivery.find(filter)
        .sort({ createdAt: -1, _id: -1 })
        .limit(q.limit + 1)
        .lean<DeliveryDoc[]>();
      const page = docs.slice(0, q.limit);
      const last = page.at(-1);
      return { docs: page, nextCursor: docs.length > q.limit && last ? cursorOf(last) : null };
    },

    /** Rows still to send (those of paused webhooks apart) and given up, over every project (for /metrics). */
    async counts(
      paused: readonly Types.ObjectId[],
    ): Promise<{ pending: number; held: number; failed: number }> {
      const [pending, held, failed] = await Promise.all([
        models.Delivery.countDocuments({ status: 'pending' }),
        paused.length > 0
          ? models.Delivery.countDocuments({ status: 'pending', webhookId: { $in: paused } })
          : Promise.resolve(0),
        models.Delivery.countDocuments({ status: 'failed' }),
      ]);
      return { pending: pending - held, held, failed };
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
