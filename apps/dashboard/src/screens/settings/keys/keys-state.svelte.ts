import type { ApiKey, ApiKeyCreated } from '@pulse/shared/contracts';
import { problemOf } from '../access/problem.js';
import { type ChangeState, changeRunner } from '../access/run-change.js';
import { GRACE_PERIODS, type GracePeriod } from './grace.js';
import type { KeysApi } from './keys-api.js';

/** A secret on screen this once: a new key's, or a rotated key's new one (and when the old stops). */
export interface Revealed {
  key: ApiKeyCreated;
  /** After a rotation: when the old secret stops working (now, for no grace period). */
  replaced: ApiKey | null;
}

export interface KeysState extends ChangeState {
  status: 'loading' | 'ready' | 'error';
  items: ApiKey[];
  revealed: Revealed | null;
}

/** The API keys section: the list, creating (the secret shown once), revoking, rotating. */
export function createKeys(api: KeysApi) {
  let state = $state.raw<KeysState>({
    status: 'loading',
    items: [],
    busy: null,
    revealed: null,
    problem: null,
  });
  const set = (patch: Partial<KeysState>) => {
    state = { ...state, ...patch };
  };

  /** Reads the list; one already shown stays on screen meanwhile. */
  async function load() {
    if (state.items.length === 0) set({ status: 'loading' });
    try {
      set({ status: 'ready', items: await api.list() });
    } catch (err) {
      set({ status: 'error', problem: { about: null, problem: problemOf(err) } });
    }
  }

  // A key that is gone (revoked elsewhere) reloads the list.
  const change = changeRunner(set, {
    creating: 'create',
    reloadAfter: (problem) => (problem.kind === 'notFound' ? load() : undefined),
  });

  const replace = (...keys: ApiKey[]) => {
    const ids = new Set(keys.map((k) => k.id));
    const kept = state.items.filter((k) => !ids.has(k.id));
    // Newest first, as the API lists them.
    set({ items: [...keys, ...kept].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) });
  };
  /** The secret is never kept in the list, only in `revealed`. */
  const withoutSecret = ({ secret: _secret, ...key }: ApiKeyCreated): ApiKey => key;

  return {
    get state() {
      return state;
    },
    load,
    create: (name: string) =>
      change(null, async () => {
        const key = await api.create(name);
        replace(withoutSecret(key));
        set({ revealed: { key, replaced: null } });
      }),
    revoke: (id: string) =>
      change(id, async () => {
        replace(await api.revoke(id));
      }),
    rotate: (id: string, grace: GracePeriod) =>
      change(id, async () => {
        const { created, replaced } = await api.rotate(id, GRACE_PERIODS[grace]);
        replace(withoutSecret(created), replaced);
        set({ revealed: { key: created, replaced } });
      }),
    /** The person has stored the secret: it leaves the page for good. */
    forgetSecret: () => set({ revealed: null }),
  };
}

export type Keys = ReturnType<typeof createKeys>;
