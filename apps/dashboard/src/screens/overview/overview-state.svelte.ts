import type { LiveEvent, ResponseItem, Summary, Survey } from '@pulse/shared/contracts';
import type { ResponseFilterValues } from '@pulse/shared/response-filters';
import { type Api, ApiError } from '../../lib/api.js';
import { followSnapshot, type LiveTail } from '../../lib/live/snapshot-tail.js';
import { SURVEY_KEY, startingSurvey } from '../../lib/survey-choice.js';
import { arrived, emptyFeed, FEED_SIZE, type Feed, heldShown, refilled, scrolled } from './feed.js';
import { addAnswers, matchesView } from './live-summary.js';
import { type Period, presetPeriod } from './period.js';

export interface OverviewState {
  status: 'loading' | 'ready' | 'error' | 'no-surveys';
  /** Why it failed: a filter over more answers than the API filters at once, or anything else. */
  error: 'filter_too_broad' | 'failed' | null;
  surveys: Survey[];
  surveyId: string;
  period: Period;
  filters: ResponseFilterValues;
  summary: Summary | null;
  /** The survey's whole life, unfiltered: moved by `summary.updated` events. */
  allTime: Summary['allTime'];
  /** The languages the filter offers for the period. */
  locales: string[];
  feed: Feed;
  exporting: boolean;
}

export interface OverviewOptions {
  api: Api;
  live: LiveTail;
  /** Remembers the chosen survey between visits (the browser passes localStorage). */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Hands the CSV export to the person (the browser saves a file). */
  save: (file: Blob, name: string) => void;
}

interface Snapshot {
  summary: Summary;
  answers: ResponseItem[];
  locales: string[];
}

/**
 * The overview's state: which survey, period and filters; the summary, the feed
 * and the filter options as one snapshot, moved by live answers on top of it.
 */
export function createOverview({ api, live, storage, save }: OverviewOptions) {
  let state = $state.raw<OverviewState>({
    status: 'loading',
    error: null,
    surveys: [],
    surveyId: '',
    period: presetPeriod('30d'),
    filters: {},
    summary: null,
    allTime: { total: 0, nps: null },
    locales: [],
    feed: emptyFeed,
    exporting: false,
  });
  const set = (patch: Partial<OverviewState>) => {
    state = { ...state, ...patch };
  };
  /** Answers shown (snapshot or live): one that is both is counted once. */
  let known = new Set<string>();

  const fail = (err: unknown) =>
    set({
      status: 'error',
      error: err instanceof ApiError && err.code === 'filter_too_broad' ? 'filter_too_broad' : 'failed',
    });

  // The API decides the window (whole buckets) and the previous period; the feed,
  // the filter options and the export then use exactly that window.
  async function read(): Promise<Snapshot> {
    const { surveyId, period, filters } = state;
    const summary = await api.summary(surveyId, {
      last: period.last,
      from: period.from,
      to: period.to,
      bucket: period.bucket,
      ...filters,
    });
    const window = { from: summary.from, to: summary.to };
    const [page, options] = await Promise.all([
      api.responses(surveyId, { ...filters, ...window, limit: FEED_SIZE }),
      api.filterOptions(surveyId, window),
    ]);
    return { summary, answers: page.items, locales: options.locales };
  }

  function show({ summary, answers, locales }: Snapshot) {
    known = new Set(answers.map((r) => r.id));
    const { allTime } = summary;
    set({ status: 'ready', error: null, summary, allTime, locales, feed: refilled(state.feed, answers) });
  }

  function apply(events: LiveEvent[]) {
    const { summary, surveyId, filters } = state;
    if (!summary) return;
    const view = { surveyId, window: { from: summary.from, to: summary.to }, filters };
    let allTime = state.allTime;
    const answers: ResponseItem[] = [];
    for (const event of events) {
      if (event.surveyId !== surveyId) continue;
      if (event.type === 'summary.updated') allTime = { total: event.summary.total, nps: event.summary.nps };
      else if (event.type === 'response.created' && !known.has(event.response.id)) {
        if (!matchesView(event.response, view)) continue;
        known.add(event.response.id);
        answers.push(event.response);
      }
    }
    if (answers.length > 0)
      set({ allTime, summary: addAnswers(summary, answers), feed: arrived(state.feed, answers.reverse()) });
    else if (allTime !== state.allTime) set({ allTime });
  }

  const tail = followSnapshot({ live, latestEventId: () => api.latestEventId(), read, show, apply, fail });

  function reload() {
    if (!state.summary) set({ status: 'loading' });
    return tail.reload();
  }

  /** `wanted`: the survey the address names (`#/?survey=<id>`), which wins over the one chosen last. */
  async function loadSurveys(wanted?: string) {
    set({ status: 'loading' });
    try {
      const surveys = (await api.surveys()).items;
      if (surveys.length === 0) return set({ surveys, status: 'no-surveys' });
      set({ surveys, surveyId: startingSurvey(surveys, wanted, storage.getItem(SURVEY_KEY)) });
      await reload();
    } catch (err) {
      fail(err);
    }
  }

  return {
    get state() {
      return state;
    },
    start: (wanted?: string) => loadSurveys(wanted),
    stop: () => tail.stop(),
    retry: () => (state.surveys.length > 0 ? reload() : loadSurveys(state.surveyId || undefined)),
    chooseSurvey(surveyId: string) {
      set({ surveyId });
      storage.setItem(SURVEY_KEY, surveyId);
      return reload();
    },
    choosePeriod(period: Period) {
      set({ period });
      return reload();
    },
    chooseFilters(filters: ResponseFilterValues) {
      set({ filters });
      return reload();
    },
    showHeld: () => set({ feed: heldShown(state.feed) }),
    setScrolledAway: (away: boolean) => set({ feed: scrolled(state.feed, away) }),
    async exportCsv() {
      const { surveyId, filters, summary } = state;
      set({ exporting: true });
      try {
        const window = summary ? { from: summary.from, to: summary.to } : {};
        save(await api.responsesCsv(surveyId, { ...filters, ...window }), `responses-${surveyId}.csv`);
      } catch (err) {
        fail(err);
      } finally {
        set({ exporting: false });
      }
    },
  };
}

export type Overview = ReturnType<typeof createOverview>;
