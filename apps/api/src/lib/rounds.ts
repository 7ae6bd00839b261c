/**
 * Time-sliced rounds: what is submitted while a round runs is gathered into the
 * next one; rounds run one at a time and start at least `minGapMs` apart. Under
 * light load a round is one submission and waits for nothing; under heavy load
 * any number of submissions share one round, so the work per round (a write, a
 * broadcast) is paid a bounded number of times per second.
 *
 * A submission's promise settles once the round holding it has run; `run` names
 * the submissions that failed (the others succeed), or throws to fail them all.
 */
export interface Rounds<T> {
  submit(item: T): Promise<void>;
  /** Resolves when every round started so far has run. */
  drain(): Promise<void>;
}

interface Waiting<T> {
  item: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export function rounds<T>(
  run: (items: T[]) => Promise<ReadonlyMap<T, Error>>,
  { minGapMs }: { minGapMs: number },
): Rounds<T> {
  let waiting: Waiting<T>[] = [];
  let running: Promise<void> | null = null;
  let lastStart = Number.NEGATIVE_INFINITY;

  async function loop(): Promise<void> {
    // Let submissions made in the same event-loop turn share the first round.
    await new Promise((resolve) => setImmediate(resolve));
    while (waiting.length > 0) {
      const wait = lastStart + minGapMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lastStart = performance.now();
      const round = waiting;
      waiting = [];
      try {
        const failed = await run(round.map((w) => w.item));
        for (const w of round) {
          const err = failed.get(w.item);
          if (err) w.reject(err);
          else w.resolve();
        }
      } catch (err) {
        for (const w of round) w.reject(err);
      }
    }
  }

  return {
    submit(item) {
      const done = new Promise<void>((resolve, reject) => waiting.push({ item, resolve, reject }));
      running ??= loop().finally(() => {
        running = null;
      });
      return done;
    },
    async drain() {
      while (running) await running;
    },
  };
}
