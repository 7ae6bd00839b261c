/** Bounds each memory: a few MB at most, however varied the comments. */
const MAX_REMEMBERED_WORDS = 50_000;

/**
 * `compute`, remembered per word: comments share most of their words, so work
 * that depends on the word alone runs once per distinct word rather than once
 * per occurrence. Forgets everything when full, which is rare and cheap.
 */
export function rememberPerWord<V>(compute: (word: string) => V): (word: string) => V {
  const known = new Map<string, V>();
  return (word) => {
    const value = known.get(word);
    if (value !== undefined) return value;
    const computed = compute(word);
    if (known.size >= MAX_REMEMBERED_WORDS) known.clear();
    known.set(word, computed);
    return computed;
  };
}
