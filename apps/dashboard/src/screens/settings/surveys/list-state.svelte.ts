import type { Survey } from '@pulse/shared/contracts';
import { draftOf, toCreate } from './draft.js';
import { type Notice, noticeOf } from './notices.js';
import type { SurveysApi } from './surveys-api.js';

export interface ListState {
  status: 'loading' | 'ready' | 'error';
  /** Newest first, as the API lists them. */
  items: Survey[];
  /** The caller may create and change surveys (`surveys.manage`). */
  canManage: boolean;
  /** Surveys with a change in flight. */
  busy: ReadonlySet<string>;
  /** Why the last change to a survey was refused, by id. */
  notices: ReadonlyMap<string, Notice>;
}

/**
 * The surveys list: what there is, who may change it, and the changes made from the
 * list itself (pause, resume, duplicate), each sent with the version shown.
 */
export function createSurveyList({ api }: { api: SurveysApi }) {
  let state = $state.raw<ListState>({
    status: 'loading',
    items: [],
    canManage: false,
    busy: new Set(),
    notices: new Map(),
  });
  const set = (patch: Partial<ListState>) => {
    state = { ...state, ...patch };
  };
  const replace = (survey: Survey) =>
    set({ items: state.items.map((s) => (s.id === survey.id ? survey : s)) });

  async function load() {
    set({ status: state.items.length ? state.status : 'loading' });
    try {
      const [items, project] = await Promise.all([api.list(), api.project()]);
      set({ items, canManage: project.permissions.includes('surveys.manage'), status: 'ready' });
    } catch {
      set({ status: 'error' });
    }
  }

  /** Runs a change to one survey: busy meanwhile, its refusal kept as the survey's notice. */
  async function changing<T>(survey: Survey, change: () => Promise<T>): Promise<T | null> {
    const notices = new Map(state.notices);
    notices.delete(survey.id);
    set({ busy: new Set(state.busy).add(survey.id), notices });
    try {
      return await change();
    } catch (err) {
      const notice = noticeOf(err);
      set({ notices: new Map(state.notices).set(survey.id, notice) });
      // Someone changed it first: show what it is now, so a second try starts from there.
      if (notice.code === 'stale') replace(await api.get(survey.id));
      return null;
    } finally {
      const busy = new Set(state.busy);
      busy.delete(survey.id);
      set({ busy });
    }
  }

  return {
    get state() {
      return state;
    },
    load,
    /** Pauses an active survey or publishes a paused one. */
    setStatus: (survey: Survey, status: Survey['status']) =>
      changing(survey, async () => {
        const updated = await api.update(survey.id, { status, version: survey.version });
        replace(updated);
        return updated;
      }),
    /** A paused copy under a new name; resolves with it (or null when refused). */
    duplicate: (survey: Survey, name: string) =>
      changing(survey, async () => {
        const copy = await api.create(toCreate({ ...draftOf(survey, name), status: 'paused' }));
        set({ items: [copy, ...state.items] });
        return copy;
      }),
  };
}

export type SurveyList = ReturnType<typeof createSurveyList>;
