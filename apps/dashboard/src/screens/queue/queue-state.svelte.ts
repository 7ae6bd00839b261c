import type { FollowUp, FollowUpPage, FollowUpPatch } from '@pulse/shared/contracts';
import type { Api } from '../../lib/api.js';
import { followSnapshot, type LiveTail } from '../../lib/live/snapshot-tail.js';
import { currentOf, type Notice, noticeOf } from './notices.js';
import { applyUpdate, matchesQuery, type QueueQuery, type QueueView, settle } from './order.js';

export interface QueueState {
  query: QueueQuery;
  items: FollowUp[];
  status: 'loading' | 'ready' | 'error';
  /** Follow-ups with a change in flight. */
  busy: ReadonlySet<string>;
  /** Why the last change to a follow-up was refused, by id. */
  notices: ReadonlyMap<string, Notice>;
}

/** The first page is the queue: urgent and oldest first, more than anyone works through at once. */
const PAGE_SIZE = 100;

/**
 * The follow-up queue's state: the list under its filters, kept in the API's
 * order as colleagues' changes arrive, except that nothing moves while someone
 * is on a card or a change of theirs is in flight.
 */
export function createQueue({ api, live }: { api: Api; live: LiveTail }) {
  let state = $state.raw<QueueState>({
    query: { status: 'open' },
    items: [],
    status: 'loading',
    busy: new Set(),
    notices: new Map(),
  });
  const set = (patch: Partial<QueueState>) => {
    state = { ...state, ...patch };
  };
  /** The card the person is on (pointer or focus). */
  let holding: string | null = null;

  const view: QueueView = {
    matches: (f) => matchesQuery(f, state.query),
    keep: (id) => state.notices.has(id),
  };
  const frozen = () => holding !== null || state.busy.size > 0;
  const upsert = (...changed: FollowUp[]) => {
    if (changed.length === 0) return;
    set({ items: changed.reduce((items, next) => applyUpdate(items, next, view, frozen()), state.items) });
  };
  const settleUnlessFrozen = () => {
    if (!frozen()) set({ items: settle(state.items, view) });
  };

  const tail = followSnapshot<FollowUpPage>({
    live,
    latestEventId: () => api.latestEventId(),
    read: () => api.followUps({ ...state.query, limit: PAGE_SIZE }),
    show: (page) => set({ items: settle(page.items, view), status: 'ready' }),
    // Versions decide: a change the snapshot already holds is skipped by applyUpdate.
    apply: (events) => upsert(...events.flatMap((e) => (e.type === 'followup.updated' ? [e.followUp] : []))),
    fail: () => set({ status: 'error' }),
  });

  function reload() {
    if (state.items.length === 0) set({ status: 'loading' });
    return tail.reload();
  }

  return {
    get state() {
      return state;
    },
    start: reload,
    stop: () => tail.stop(),
    retry: reload,
    setQuery(patch: Partial<QueueQuery>) {
      set({ query: { ...state.query, ...patch } });
      return reload();
    },
    hold(id: string) {
      holding = id;
    },
    release(id: string) {
      if (holding !== id) return;
      holding = null;
      settleUnlessFrozen();
    },
    /** A change made against `version` (by default the item's): the API refuses it if the follow-up moved on since. */
    async change(item: FollowUp, patch: Omit<FollowUpPatch, 'version'>, version = item.version) {
      const notices = new Map(state.notices);
      notices.delete(item.id);
      set({ busy: new Set(state.busy).add(item.id), notices });
      try {
        upsert(await api.updateFollowUp(item.id, { ...patch, version } as FollowUpPatch));
      } catch (err) {
        set({ notices: new Map(state.notices).set(item.id, noticeOf(err)) });
        const current = currentOf(err);
        if (current) upsert(current);
      } finally {
        const busy = new Set(state.busy);
        busy.delete(item.id);
        set({ busy });
        settleUnlessFrozen();
      }
    },
  };
}

export type Queue = ReturnType<typeof createQueue>;
