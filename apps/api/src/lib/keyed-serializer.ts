/**
 * Runs work with the same key one after another within this process.
 * FerretDB v1 (SQLite) applies neither a filtered update nor `$inc`
 * atomically when requests overlap, so read-modify-write on one document
 * (the version of a follow-up or a survey) goes through here.
 * Across processes only MongoDB's own atomicity guards.
 */
export function keyedSerializer() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
