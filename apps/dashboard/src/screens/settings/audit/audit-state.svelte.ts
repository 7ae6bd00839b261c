import type { AuditEntry, AuditTargetType, Member } from '@pulse/shared/contracts';
import { type Problem, problemOf } from '../access/problem.js';
import type { AuditApi } from './audit-api.js';

export interface AuditFilters {
  targetType?: AuditTargetType;
  actor?: string;
}

export interface AuditState {
  filters: AuditFilters;
  status: 'loading' | 'ready' | 'error';
  items: AuditEntry[];
  /** Where the next page starts; null once everything is shown. */
  nextCursor: string | null;
  loadingMore: boolean;
  /** Why the first page or the next one could not be read. */
  problem: Problem | null;
  /** The project's members, to name actors and offer them as a filter. */
  members: Member[];
}

const PAGE_SIZE = 50;

/** The audit log: newest first, a page at a time under its filters ("Load more"). */
export function createAudit(api: AuditApi) {
  let state = $state.raw<AuditState>({
    filters: {},
    status: 'loading',
    items: [],
    nextCursor: null,
    loadingMore: false,
    problem: null,
    members: [],
  });
  const set = (patch: Partial<AuditState>) => {
    state = { ...state, ...patch };
  };
  // The newest filters win: a page asked for under older ones is dropped when it arrives.
  let turn = 0;
  const query = (cursor?: string) => ({ ...state.filters, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });

  async function reload() {
    const mine = ++turn;
    set({ status: 'loading', items: [], nextCursor: null, problem: null, loadingMore: false });
    try {
      const page = await api.page(query());
      if (mine === turn) set({ status: 'ready', items: page.items, nextCursor: page.nextCursor });
    } catch (err) {
      if (mine === turn) set({ status: 'error', problem: problemOf(err) });
    }
  }

  return {
    get state() {
      return state;
    },
    /** Who the entries' actors are; the log shows without names if they cannot be read. */
    async start() {
      const members = api.members().catch(() => []);
      await reload();
      set({ members: await members });
    },
    reload,
    setFilters(filters: AuditFilters) {
      set({ filters });
      return reload();
    },
    /**
     * The next page after what is shown. With both filters a page may hold fewer entries
     * than asked (even none) while there is more: the cursor says so, and the button stays.
     */
    async loadMore() {
      const cursor = state.nextCursor;
      if (!cursor || state.loadingMore) return;
      const mine = turn;
      set({ loadingMore: true, problem: null });
      try {
        const page = await api.page(query(cursor));
        if (mine === turn) set({ items: [...state.items, ...page.items], nextCursor: page.nextCursor });
      } catch (err) {
        if (mine === turn) set({ problem: problemOf(err) });
      } finally {
        if (mine === turn) set({ loadingMore: false });
      }
    },
  };
}

export type Audit = ReturnType<typeof createAudit>;
