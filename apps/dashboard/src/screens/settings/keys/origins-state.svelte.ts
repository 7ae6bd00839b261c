import { type Problem, problemOf } from '../access/problem.js';
import type { KeysApi } from './keys-api.js';
import { originErrors, originsToSend } from './origins.js';

export interface OriginsState {
  status: 'loading' | 'ready' | 'error';
  /** The list as saved. */
  saved: string[];
  /** The list being edited (one text per entry, maybe empty). */
  draft: string[];
  saving: boolean;
  /** Entries of the draft the API refused, by index. */
  invalid: ReadonlySet<number>;
  /** The list as a whole was refused (too many). */
  tooMany: boolean;
  problem: Problem | null;
  /** The last save went through and nothing has changed since. */
  justSaved: boolean;
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The project's allowed origins, edited as a list and saved whole. */
export function createOrigins(api: KeysApi) {
  let state = $state.raw<OriginsState>({
    status: 'loading',
    saved: [],
    draft: [],
    saving: false,
    invalid: new Set(),
    tooMany: false,
    problem: null,
    justSaved: false,
  });
  const set = (patch: Partial<OriginsState>) => {
    state = { ...state, ...patch };
  };
  const edited = (draft: string[]) => set({ draft, justSaved: false });

  return {
    get state() {
      return state;
    },
    /** Something to save: the filled entries differ from the saved list. */
    get dirty() {
      return !same(originsToSend(state.draft).origins, state.saved);
    },
    async load() {
      set({ status: 'loading', problem: null });
      try {
        const saved = await api.origins();
        set({ status: 'ready', saved, draft: [...saved] });
      } catch (err) {
        set({ status: 'error', problem: problemOf(err) });
      }
    },
    edit(index: number, value: string) {
      const invalid = new Set(state.invalid);
      invalid.delete(index);
      set({ invalid });
      edited(state.draft.map((v, i) => (i === index ? value : v)));
    },
    add: () => edited([...state.draft, '']),
    remove(index: number) {
      // Errors follow their entries when one above them goes.
      const invalid = new Set(
        [...state.invalid].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)),
      );
      set({ invalid });
      edited(state.draft.filter((_, i) => i !== index));
    },
    async save() {
      const { origins, from } = originsToSend(state.draft);
      set({ saving: true, problem: null, invalid: new Set(), tooMany: false });
      try {
        const saved = await api.replaceOrigins(origins);
        // As the API keeps them: normalized, each once.
        set({ saved, draft: [...saved], justSaved: true });
      } catch (err) {
        const problem = problemOf(err);
        if (problem.kind === 'refused' && problem.code === 'invalid_request') {
          const { entries, list } = originErrors(problem.details, from);
          set({ invalid: entries, tooMany: list && entries.size === 0 });
        } else set({ problem });
      } finally {
        set({ saving: false });
      }
    },
  };
}

export type Origins = ReturnType<typeof createOrigins>;
