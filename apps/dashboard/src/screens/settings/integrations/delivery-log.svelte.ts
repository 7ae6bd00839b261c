import type { WebhookDelivery } from '@pulse/shared/contracts';
import { type Refusal, refusalOf } from './refusal.js';
import type { WebhooksApi } from './webhooks-api.js';

export interface DeliveryLogState {
  status: 'loading' | 'ready' | 'error';
  /** Newest first, as the API pages them. */
  items: WebhookDelivery[];
  nextCursor: string | null;
  loadingMore: boolean;
  /** A test being queued. */
  testing: boolean;
  /** Deliveries being retried. */
  retrying: ReadonlySet<string>;
  /** Why the last test (key `test`) or retry of a delivery (its id) was refused. */
  refusals: ReadonlyMap<string, Refusal>;
}

export interface DeliveryLogOptions {
  hooks: WebhooksApi;
  webhookId: string;
  /** How often a delivery on its way is read again, until it is delivered or waits for a retry. */
  followMs?: number;
  /** Page size. */
  limit?: number;
}

/**
 * One webhook's delivery log: pages newest first by cursor, and the test and retries
 * asked from the dashboard, each followed until its attempt is in.
 */
export function createDeliveryLog({ hooks, webhookId, followMs = 1000, limit = 20 }: DeliveryLogOptions) {
  let state = $state.raw<DeliveryLogState>({
    status: 'loading',
    items: [],
    nextCursor: null,
    loadingMore: false,
    testing: false,
    retrying: new Set(),
    refusals: new Map(),
  });
  const set = (patch: Partial<DeliveryLogState>) => {
    state = { ...state, ...patch };
  };
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;

  const upsert = (delivery: WebhookDelivery) => {
    const known = state.items.some((d) => d.id === delivery.id);
    set({
      items: known
        ? state.items.map((d) => (d.id === delivery.id ? delivery : d))
        : [delivery, ...state.items],
    });
  };

  /**
   * Reads a delivery again until an attempt beyond the `seen` first ones is in, or it is no
   * longer pending (or the log is closed): the dispatcher sends a due one within a poll.
   */
  function follow(delivery: WebhookDelivery, seen: number, remaining = 30) {
    if (stopped || remaining === 0 || delivery.status !== 'pending' || delivery.attempts.length > seen)
      return;
    const timer = setTimeout(async () => {
      timers.delete(timer);
      try {
        const next = await hooks.delivery(webhookId, delivery.id);
        if (stopped) return;
        upsert(next);
        follow(next, seen, remaining - 1);
      } catch {
        follow(delivery, seen, remaining - 1);
      }
    }, followMs);
    timers.add(timer);
  }

  const refused = (key: string, err: unknown) =>
    set({ refusals: new Map(state.refusals).set(key, refusalOf(err)) });
  const cleared = (key: string) => {
    const refusals = new Map(state.refusals);
    refusals.delete(key);
    return refusals;
  };

  async function load() {
    set({ status: state.items.length > 0 ? state.status : 'loading' });
    try {
      const page = await hooks.deliveries(webhookId, undefined, limit);
      set({ status: 'ready', items: page.items, nextCursor: page.nextCursor });
      // Only those on their first try: one waiting for a retry may wait for hours.
      for (const d of page.items) follow(d, 0);
    } catch {
      set({ status: 'error' });
    }
  }

  return {
    get state() {
      return state;
    },
    start: load,
    refresh: load,
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
    async loadMore() {
      if (!state.nextCursor || state.loadingMore) return;
      set({ loadingMore: true });
      try {
        const page = await hooks.deliveries(webhookId, state.nextCursor, limit);
        const known = new Set(state.items.map((d) => d.id));
        set({
          items: [...state.items, ...page.items.filter((d) => !known.has(d.id))],
          nextCursor: page.nextCursor,
        });
      } catch {
        set({ status: 'error' });
      } finally {
        set({ loadingMore: false });
      }
    },
    /** Queues a `webhook.test` delivery; it shows at the top and is followed until it is sent. */
    async sendTest() {
      set({ testing: true, refusals: cleared('test') });
      try {
        const delivery = await hooks.sendTest(webhookId);
        upsert(delivery);
        follow(delivery, 0);
      } catch (err) {
        refused('test', err);
      } finally {
        set({ testing: false });
      }
    },
    async retry(deliveryId: string) {
      set({ retrying: new Set(state.retrying).add(deliveryId), refusals: cleared(deliveryId) });
      try {
        const delivery = await hooks.retry(webhookId, deliveryId);
        upsert(delivery);
        follow(delivery, delivery.attempts.length);
      } catch (err) {
        refused(deliveryId, err);
      } finally {
        const retrying = new Set(state.retrying);
        retrying.delete(deliveryId);
        set({ retrying });
      }
    },
  };
}

export type DeliveryLog = ReturnType<typeof createDeliveryLog>;
