import { type Problem, problemOf } from './problem.js';

/** What a settings section shows of a change: what is in flight, and why the last one failed. */
export interface ChangeState {
  busy: string | null;
  /** `about`: the item the failure concerns (null: the list, or the section's create action). */
  problem: { about: string | null; problem: Problem } | null;
}

/**
 * Runs a section's changes one way: marks `about` (or `creating`) busy, keeps a failure
 * beside what it was about, and lets the section decide which failures reload its list.
 */
export function changeRunner(
  set: (patch: Partial<ChangeState>) => void,
  { creating, reloadAfter }: { creating: string; reloadAfter: (problem: Problem) => Promise<void> | void },
) {
  return async (about: string | null, run: () => Promise<void>): Promise<boolean> => {
    set({ busy: about ?? creating, problem: null });
    try {
      await run();
      return true;
    } catch (err) {
      const problem = problemOf(err);
      set({ problem: { about, problem } });
      await reloadAfter(problem);
      return false;
    } finally {
      set({ busy: null });
    }
  };
}
