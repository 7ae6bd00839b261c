import type { Installation, InstallSnippet } from '@pulse/shared/contracts';
import type { SurveysApi } from './surveys-api.js';

export interface InstallState {
  status: 'loading' | 'ready' | 'error';
  snippet: InstallSnippet | null;
  /** Where and when a loader last fetched this project's survey. */
  installation: Installation | null;
}

/** The install snippet (with its SRI hash) and whether the widget has been seen on a site. */
export function createInstall({ api }: { api: SurveysApi }) {
  let state = $state.raw<InstallState>({ status: 'loading', snippet: null, installation: null });

  async function load() {
    if (!state.snippet) state = { ...state, status: 'loading' };
    try {
      const [snippet, installation] = await Promise.all([api.snippet(), api.installation()]);
      state = { status: 'ready', snippet, installation };
    } catch {
      state = { ...state, status: 'error' };
    }
  }

  return {
    get state() {
      return state;
    },
    load,
  };
}
