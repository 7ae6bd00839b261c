import type { Survey } from '@pulse/shared/contracts';
import {
  addLanguage,
  type Draft,
  draftOf,
  newDraft,
  problemsOf,
  removeLanguage,
  toCreate,
  toPatch,
} from './draft.js';
import { type Notice, noticeOf } from './notices.js';
import type { PreviewView } from './preview-channel.js';
import type { SurveysApi } from './surveys-api.js';

export interface EditorState {
  status: 'loading' | 'ready' | 'error' | 'gone';
  /** The survey as last read or saved; null until a new one is first saved. */
  survey: Survey | null;
  draft: Draft;
  /** The draft as loaded or saved: what "unsaved changes" compares with. */
  loaded: Draft;
  canManage: boolean;
  saving: boolean;
  /** The last save, said once until the next edit. */
  saved: boolean;
  notice: Notice | null;
  /** A save refused because someone saved first: the survey as it is now. */
  conflict: Survey | null;
  /** The language whose texts are being edited. */
  tab: string;
  /** What the preview shows. */
  view: PreviewView;
}

/**
 * One survey's editor: the draft, saving it (created the first time, then patched with
 * the version it was read at), and a stale save's way out: the current version shown,
 * reloaded on request.
 */
export function createEditor({
  api,
  id,
  language,
}: {
  api: SurveysApi;
  id: string | null;
  language: string;
}) {
  const blank = newDraft(language);
  let state = $state.raw<EditorState>({
    status: id ? 'loading' : 'ready',
    survey: null,
    draft: blank,
    loaded: blank,
    canManage: false,
    saving: false,
    saved: false,
    notice: null,
    conflict: null,
    tab: language,
    view: { language, step: 'score', category: 'detractor', theme: 'light', device: 'desktop' },
  });
  const set = (patch: Partial<EditorState>) => {
    state = { ...state, ...patch };
  };
  const show = (survey: Survey) => {
    const draft = draftOf(survey);
    const tab = draft.languages.includes(state.tab) ? state.tab : draft.defaultLocale;
    set({ survey, draft, loaded: draft, conflict: null, tab, view: { ...state.view, language: tab } });
  };

  /** Edits a language's texts, and previews it. */
  function selectLanguage(language: string) {
    set({ tab: language, view: { ...state.view, language } });
  }

  async function load() {
    try {
      const [survey, project] = await Promise.all([id ? api.get(id) : null, api.project()]);
      set({ canManage: project.permissions.includes('surveys.manage'), status: 'ready' });
      if (survey) show(survey);
    } catch (err) {
      set({ status: noticeOf(err).code === 'gone' ? 'gone' : 'error' });
    }
  }

  /** Sends a write; a refusal becomes the notice, and a stale one fetches the current version. */
  async function write(send: () => Promise<Survey>): Promise<Survey | null> {
    set({ saving: true, saved: false, notice: null });
    try {
      const survey = await send();
      show(survey);
      set({ saved: true });
      return survey;
    } catch (err) {
      const notice = noticeOf(err);
      set({ notice });
      if (notice.code === 'stale' && state.survey)
        set({ conflict: await api.get(state.survey.id).catch(() => null) });
      return null;
    } finally {
      set({ saving: false });
    }
  }

  return {
    get state() {
      return state;
    },
    load,
    edit(change: (draft: Draft) => Draft) {
      set({ draft: change(state.draft), saved: false });
    },
    selectLanguage,
    addLanguage(language: string) {
      set({ draft: addLanguage(state.draft, language), saved: false });
      selectLanguage(language);
    },
    removeLanguage(language: string) {
      const draft = removeLanguage(state.draft, language);
      set({ draft, saved: false });
      if (!draft.languages.includes(state.tab)) selectLanguage(draft.defaultLocale);
    },
    setView(patch: Partial<PreviewView>) {
      set({ view: { ...state.view, ...patch } });
    },
    /** Creates the survey the first time, then saves the whole draft at the version it was read. */
    save() {
      if (problemsOf(state.draft).length > 0) return Promise.resolve(null);
      const { survey, draft } = state;
      return write(() =>
        survey ? api.update(survey.id, toPatch(draft, survey.version)) : api.create(toCreate(draft)),
      );
    },
    /** Publishes or pauses the saved survey, leaving unsaved edits in the draft. */
    async setStatus(status: Survey['status']) {
      const { survey, draft } = state;
      if (!survey) return null;
      const updated = await write(() => api.update(survey.id, { status, version: survey.version }));
      if (updated) set({ draft: { ...draft, status: updated.status } });
      return updated;
    },
    /** Drops the draft for the version someone else saved. */
    takeCurrent() {
      if (state.conflict) show(state.conflict);
      set({ notice: null });
    },
  };
}

export type Editor = ReturnType<typeof createEditor>;
