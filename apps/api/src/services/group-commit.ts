/**
 * Group commit: callers submit one item each and wait; items that arrive while a
 * write is in flight are written together by the next one. Under light load a
 * batch is one item and waits for nothing; under heavy load one round trip
 * acknowledges hundreds of answers. A caller's promise settles only after the
 * write that holds its item is acknowledged. `write` returns one outcome per
 * item; an Error outcome rejects that caller alone.
 */
export interface GroupCommit<T, R> {
  submit(item: T): Promise<R>;
  /** Resolves when everything submitted so far has been written. */
  drain(): Promise<void>;
}

interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

export function groupCommit<T, R>(
  write: (items: T[]) => Promise<(R | Error)[]>,
  { maxBatch = 500 }: { maxBatch?: number } = {},
): GroupCommit<T, R> {
  const queue: Waiting<T, R>[] = [];
  let running: Promise<void> | null = null;

  async function run(): Promise<void> {
    // Let requests parsed in the same event-loop turn join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        const results = await write(batch.map((w) => w.item));
        batch.forEach((w, i) => {
          const result = results[i] as R | Error;
          if (result instanceof Error) w.reject(result);
          else w.resolve(result);
        });
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    running = null;
  }

  return {
    submit(item) {
      const result = new Promise<R>((resolve, reject) => queue.push({ item, resolve, reject }));
      running ??= run();
      return result;
    },
    async drain() {
      while (running) await running;
    },
  };
}
