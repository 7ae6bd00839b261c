/**
 * Runs `task` at most once per `intervalMs`, triggered by traffic rather than a
 * timer: no interval to stop on shutdown, and an idle server does no work.
 * Failures are swallowed; the next trigger retries.
 */
export function throttled(intervalMs: number, now: () => number, task: () => Promise<unknown>): () => void {
  let last = Number.NEGATIVE_INFINITY;
  let running = false;
  return () => {
    const t = now();
    if (running || t - last < intervalMs) return;
    last = t;
    running = true;
    task()
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  };
}
