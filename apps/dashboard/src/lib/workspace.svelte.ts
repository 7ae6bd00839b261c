import type { Membership, SessionInfo } from '@pulse/shared/contracts';
import type { Socket } from 'socket.io-client';
import type { Api } from './api.js';
import { type Language, SAVED_LANGUAGE_KEY } from './i18n/languages.js';
import { type ConnectionState, createLiveStore, type LiveStore } from './live/live-store.js';

export interface WorkspaceState {
  /** `unreachable`: the session could not be read (the API is down); `boot` tries again. */
  phase: 'booting' | 'unreachable' | 'signed-out' | 'signed-in';
  session: SessionInfo | null;
  /** The project being worked in; null for a member of no project. */
  membership: Membership | null;
  /** The project's live store, once it listens; screens wait for it. */
  live: LiveStore | null;
  connection: ConnectionState;
}

export interface WorkspaceOptions {
  api: Api;
  /** A socket on /live for one project, created with `autoConnect: false`. */
  openSocket: (projectId: string) => Socket;
  /** Remembers the chosen project and the language shown between visits (the browser passes localStorage). */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Switches the language the dashboard speaks (the app's i18n). */
  language: { use(language: Language): Promise<void> };
  /** Batches live updates; the browser passes requestAnimationFrame. */
  schedule?: (flush: () => void) => void;
}

const PROJECT_KEY = 'pulse-project';

/**
 * Who is signed in, in which project, and that project's one live store. Every
 * screen gets its API client and live store from here, so switching project or
 * signing out tears down exactly one socket.
 */
export function createWorkspace({ api, openSocket, storage, schedule, language }: WorkspaceOptions) {
  let state = $state.raw<WorkspaceState>({
    phase: 'booting',
    session: null,
    membership: null,
    live: null,
    connection: 'connecting',
  });
  const set = (patch: Partial<WorkspaceState>) => {
    state = { ...state, ...patch };
  };
  // Each project choice gets a turn: a slower earlier one must not install its store after a later one.
  let turn = 0;

  function leaveProject() {
    turn++;
    state.live?.stop();
    set({ live: null, membership: null });
  }

  async function chooseProject(projectId: string | null) {
    leaveProject();
    const mine = turn;
    const next = state.session?.projects.find((p) => p.projectId === projectId) ?? null;
    set({ membership: next });
    if (!next) return;
    storage.setItem(PROJECT_KEY, next.projectId);
    api.useProject(next.projectId);
    const live = createLiveStore({
      socket: openSocket(next.projectId),
      eventsAfter: (after) => api.eventsAfter(after),
      ...(schedule ? { schedule } : {}),
    });
    // Where live events start; if that cannot be read, from the beginning (the store then
    // asks the screens to reload from a fresh snapshot) rather than never going live.
    const lastEventId = await api.latestEventId().catch(() => 0);
    if (mine !== turn) return live.stop();
    live.onState((connection) => set({ connection }));
    live.start(lastEventId);
    set({ live, connection: live.state });
  }

  /**
   * Shows `next`, and remembers it on this browser for the next load, before any session is
   * read. If its tables cannot be fetched (offline), the language shown stays; the next pick retries.
   */
  function speak(next: Language): Promise<void> {
    storage.setItem(SAVED_LANGUAGE_KEY, next);
    return language.use(next).catch(() => undefined);
  }

  async function signedIn(session: SessionInfo) {
    set({ phase: 'signed-in', session });
    // The member's own choice, from any browser; without one, what this browser shows stays.
    if (session.member.locale) void speak(session.member.locale);
    const saved = storage.getItem(PROJECT_KEY);
    const project = session.projects.find((p) => p.projectId === saved) ?? session.projects[0];
    await chooseProject(project?.projectId ?? null);
  }

  return {
    get state() {
      return state;
    },
    /** Reads the session the cookie holds, if any, and opens its project. */
    async boot() {
      set({ phase: 'booting' });
      let session: SessionInfo | null;
      try {
        session = await api.session();
      } catch {
        return set({ phase: 'unreachable' });
      }
      if (session) await signedIn(session);
      else set({ phase: 'signed-out' });
    },
    signedIn,
    chooseProject,
    /** The member picked a language: shown at once, and stored on the member when signed in. */
    async chooseLanguage(next: Language) {
      const shown = speak(next);
      if (state.phase === 'signed-in') {
        // Not saved (offline): the choice still holds on this browser, and the next pick saves.
        const session = await api.updateSession({ locale: next }).catch(() => null);
        if (session && state.phase === 'signed-in') set({ session });
      }
      await shown;
    },
    async signOut() {
      leaveProject();
      await api.signOut().catch(() => undefined);
      set({ phase: 'signed-out', session: null });
    },
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
