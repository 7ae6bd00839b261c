import type { LiveEvent, ResponseItem, ResponsePage, Survey } from '@pulse/shared/contracts';
import { type Api, ApiError } from '../../lib/api.js';
import { followSnapshot, type LiveTail } from '../../lib/live/snapshot-tail.js';
import { SURVEY_KEY, startingSurvey } from '../../lib/survey-choice.js';
import { type ExplorerView, listQueryOf, sameList, viewOf, windowOf } from './explorer-query.js';

export interface ExplorerState {
  status: 'loading' | 'ready' | 'error' | 'no-surveys';
  /** A filter the API refused (a search of accents only, say), or anything else. */
  error: 'invalid' | 'failed' | null;
  surveys: Survey[];
  /** The survey shown: the view's, else the first. */
  surveyId: string;
  view: ExplorerView;
  /** The answered-at window the list was read with; the export asks for the same one. */
  window: { from?: string; to?: string };
  items: ResponseItem[];
  nextCursor: string | null;
  /** The API stopped at its work limit and had looked back to here (a rare match). */
  searchedBackTo: string | null;
  loadingMore: boolean;
  /** Answers stored since the list was read that it would show: offered, not inserted. */
  fresh: number;
  /** Languages the survey's answers are in (the language filter's choices). */
  locales: string[];
  exporting: boolean;
  exportFailed: boolean;
}

/** How often a live answer the API has not indexed yet is asked about before it counts as not matching. */
const FRESH_TRIES = 6;

export interface ExplorerOptions {
  api: Api;
  live: LiveTail;
  /** Hands the CSV export to the person (the browser saves a file). */
  save: (file: Blob, name: string) => void;
  /** Where the chosen survey is remembered (the browser passes localStorage). */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Page size. */
  limit?: number;
  /** How long live answers are gathered before the list is asked what is new. */
  freshDelayMs?: number;
}

/**
 * The responses explorer's state: the answers of one survey under the view's filters,
 * newest first, paged by cursor, and how many new answers the same view would show.
 * The view comes from the address; `setView` follows it.
 */
export function createExplorer({
  api,
  live,
  save,
  storage,
  limit = 50,
  freshDelayMs = 400,
}: ExplorerOptions) {
  let state = $state.raw<ExplorerState>({
    status: 'loading',
    error: null,
    surveys: [],
    surveyId: '',
    view: viewOf({}),
    window: {},
    items: [],
    nextCursor: null,
    searchedBackTo: null,
    loadingMore: false,
    fresh: 0,
    locales: [],
    exporting: false,
    exportFailed: false,
  });
  const set = (patch: Partial<ExplorerState>) => {
    state = { ...state, ...patch };
  };
  let freshTimer: ReturnType<typeof setTimeout> | null = null;
  let started = false;
  let stopped = false;

  const query = () => listQueryOf(state.view, state.window);
  const fail = (err: unknown) =>
    set({ status: 'error', error: err instanceof ApiError && err.status === 400 ? 'invalid' : 'failed' });

  const tail = followSnapshot<ResponsePage>({
    live,
    latestEventId: () => api.latestEventId(),
    read: () => api.responses(state.surveyId, { ...query(), limit }),
    show: (page) =>
      set({
        status: 'ready',
        error: null,
        items: page.items,
        nextCursor: page.nextCursor,
        searchedBackTo: page.workLimitReached ? page.searchedBackTo : null,
        fresh: 0,
      }),
    apply: (events: LiveEvent[]) => {
      const ids = events.flatMap((e) =>
        e.type === 'response.created' && e.surveyId === state.surveyId ? [e.response.id] : [],
      );
      if (ids.length > 0) countFresh(ids);
    },
    fail,
  });

  /**
   * The API decides what the view would show (search, themes, traits): after live answers
   * arrive, its first page says how many come before the newest one shown. A live answer
   * can reach the dashboard before the API has indexed it, so one the page does not hold
   * yet is asked about again a few times; one that does not match is never held.
   */
  const pending = new Set<string>();
  let tries = 0;
  function countFresh(ids: string[]) {
    for (const id of ids) pending.add(id);
    tries = 0;
    if (!freshTimer) freshTimer = setTimeout(checkFresh, freshDelayMs);
  }
  async function checkFresh() {
    freshTimer = null;
    if (stopped) return;
    const surveyId = state.surveyId;
    const newest = state.items[0]?.id;
    try {
      const page = await api.responses(surveyId, { ...query(), limit });
      if (surveyId !== state.surveyId || newest !== state.items[0]?.id) return;
      const at = newest ? page.items.findIndex((r) => r.id === newest) : page.items.length;
      set({ fresh: at === -1 ? page.items.length : at });
      for (const r of page.items) pending.delete(r.id);
    } catch {
      // Asked again below, or by the next live answer; the list shown stays true as it is.
    }
    if (!stopped && pending.size > 0 && ++tries < FRESH_TRIES)
      freshTimer = setTimeout(checkFresh, freshDelayMs);
    else pending.clear();
  }

  function reload() {
    pending.clear();
    set({
      status: 'loading',
      items: [],
      nextCursor: null,
      searchedBackTo: null,
      fresh: 0,
      window: windowOf(state.view),
    });
    return tail.reload();
  }

  /** The view's survey, else the one chosen last, else the oldest live one; the choice is remembered. */
  function surveyOf(view: ExplorerView, surveys: Survey[]): string {
    const id = startingSurvey(surveys, view.survey, storage.getItem(SURVEY_KEY));
    if (view.survey) storage.setItem(SURVEY_KEY, id);
    return id;
  }

  async function loadOptions() {
    try {
      set({ locales: (await api.filterOptions(state.surveyId, {})).locales });
    } catch {
      set({ locales: [] });
    }
  }

  async function start(view: ExplorerView) {
    started = true;
    set({ status: 'loading', view });
    try {
      const surveys = (await api.surveys()).items;
      if (surveys.length === 0) return set({ surveys, status: 'no-surveys' });
      set({ surveys, surveyId: surveyOf(view, surveys) });
      await Promise.all([reload(), loadOptions()]);
    } catch (err) {
      fail(err);
    }
  }

  return {
    get state() {
      return state;
    },
    start,
    stop() {
      stopped = true;
      tail.stop();
      if (freshTimer) clearTimeout(freshTimer);
    },
    retry: () => (state.surveys.length > 0 ? reload() : start(state.view)),
    /** Follows the address: the list is read again only when what it lists changed. */
    async setView(view: ExplorerView) {
      // A view naming the survey shown lists what one naming none did (a link adds the survey).
      const shown = (v: ExplorerView) => ({ ...v, survey: v.survey ?? state.surveyId });
      const before = state.view;
      set({ view });
      if (!started || state.surveys.length === 0 || sameList(shown(before), shown(view))) return;
      const surveyId = surveyOf(view, state.surveys);
      const surveyChanged = surveyId !== state.surveyId;
      set({ surveyId });
      await Promise.all([reload(), surveyChanged ? loadOptions() : undefined]);
    },
    /** The new answers the view would show, on top (the list read again). */
    showFresh: reload,
    async loadMore() {
      const cursor = state.nextCursor;
      if (!cursor || state.loadingMore) return;
      set({ loadingMore: true });
      try {
        const page = await api.responses(state.surveyId, { ...query(), limit, cursor });
        if (cursor !== state.nextCursor) return;
        const known = new Set(state.items.map((r) => r.id));
        set({
          items: [...state.items, ...page.items.filter((r) => !known.has(r.id))],
          nextCursor: page.nextCursor,
          searchedBackTo: page.workLimitReached ? page.searchedBackTo : null,
        });
      } catch (err) {
        fail(err);
      } finally {
        set({ loadingMore: false });
      }
    },
    /** Exactly what the list shows and would show on paging: the same filters, the same window. */
    async exportCsv() {
      set({ exporting: true, exportFailed: false });
      try {
        save(await api.responsesCsv(state.surveyId, query()), `responses-${state.surveyId}.csv`);
      } catch {
        set({ exportFailed: true });
      } finally {
        set({ exporting: false });
      }
    },
  };
}

export type Explorer = ReturnType<typeof createExplorer>;
