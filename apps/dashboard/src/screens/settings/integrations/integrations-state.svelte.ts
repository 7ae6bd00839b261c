import type { Webhook } from '@pulse/shared/contracts';
import { createBodyOf, patchOf, type WebhookDraft } from './draft.js';
import { type Refusal, refusalOf } from './refusal.js';
import type { WebhooksApi } from './webhooks-api.js';

/** Where a refusal belongs: a webhook's id, or the form for a new one. */
export const NEW = 'new';

export interface IntegrationsState {
  status: 'loading' | 'ready' | 'error';
  webhooks: Webhook[];
  /** `webhooks.manage`, as the API grants it: without it everything is read-only. */
  canManage: boolean;
  /** The webhook just created with its signing secret: the only time the secret is shown. */
  created: { id: string; secret: string } | null;
  /** Webhooks (or NEW) with a change in flight. */
  busy: ReadonlySet<string>;
  /** Why the last change to a webhook (or NEW) was refused. */
  refusals: ReadonlyMap<string, Refusal>;
}

/**
 * The integrations screen's state: the project's webhooks and what the member may
 * do with them; creating one (its secret kept until dismissed), changing its events
 * and filter, pausing and resuming, deleting.
 */
export function createIntegrations({ hooks }: { hooks: WebhooksApi }) {
  let state = $state.raw<IntegrationsState>({
    status: 'loading',
    webhooks: [],
    canManage: false,
    created: null,
    busy: new Set(),
    refusals: new Map(),
  });
  const set = (patch: Partial<IntegrationsState>) => {
    state = { ...state, ...patch };
  };
  const replaced = (next: Webhook) => state.webhooks.map((w) => (w.id === next.id ? next : w));

  async function load() {
    set({ status: state.webhooks.length > 0 ? state.status : 'loading' });
    try {
      const [webhooks, permissions] = await Promise.all([hooks.list(), hooks.permissions()]);
      set({ status: 'ready', webhooks, canManage: permissions.includes('webhooks.manage') });
    } catch {
      set({ status: 'error' });
    }
  }

  /** Runs one change of `key`, keeping its busy flag and its refusal; true when it went through. */
  async function change(key: string, run: () => Promise<void>): Promise<boolean> {
    const refusals = new Map(state.refusals);
    refusals.delete(key);
    set({ busy: new Set(state.busy).add(key), refusals });
    try {
      await run();
      return true;
    } catch (err) {
      set({ refusals: new Map(state.refusals).set(key, refusalOf(err)) });
      return false;
    } finally {
      const busy = new Set(state.busy);
      busy.delete(key);
      set({ busy });
    }
  }

  return {
    get state() {
      return state;
    },
    start: load,
    retry: load,
    create: (draft: WebhookDraft) =>
      change(NEW, async () => {
        const { secret, ...webhook } = await hooks.create(createBodyOf(draft));
        set({ webhooks: [...state.webhooks, webhook], created: { id: webhook.id, secret } });
      }),
    dismissSecret: () => set({ created: null }),
    /** Saves what the draft changed; nothing to save counts as saved. */
    update: (webhook: Webhook, draft: WebhookDraft) =>
      change(webhook.id, async () => {
        const patch = patchOf(webhook, draft);
        if (patch) set({ webhooks: replaced(await hooks.update(webhook.id, patch)) });
      }),
    setPaused: (webhook: Webhook, paused: boolean) =>
      change(webhook.id, async () => {
        set({ webhooks: replaced(await hooks.update(webhook.id, { paused })) });
      }),
    remove: (webhook: Webhook) =>
      change(webhook.id, async () => {
        await hooks.remove(webhook.id);
        set({
          webhooks: state.webhooks.filter((w) => w.id !== webhook.id),
          created: state.created?.id === webhook.id ? null : state.created,
        });
      }),
  };
}

export type Integrations = ReturnType<typeof createIntegrations>;
