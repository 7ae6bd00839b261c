/**
 * Group commit, acknowledged after the write: callers submit one item each and
 * wait; items that arrive while writes are in flight are written together by the
 * next one. Under light load
 * a batch is one item and waits for nothing; under heavy load one round trip
 * acknowledges hundreds of answers. Up to `concurrency` batches are in flight
 * at once, so one batch's follow-on work overlaps the next one's insert.
 * A caller's promise settles only after the write that holds its item is
 * acknowledged. `write` returns one outcome per item; an Error outcome rejects
 * that caller alone.
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
  {
    maxBatch = 500,
    concurrency = 2,
  }: {
    maxBatch?: number;
    concurrency?: number;
  } = {},
): GroupCommit<T, R> {
  const queue: Waiting<T, R>[] = [];
  const workers = new Set<Promise<void>>();

  async function work(): Promise<void> {
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
  }

  function startWorker(): void {
    const worker = work().finally(() => workers.delete(worker));
    workers.add(worker);
  }

  return {
    submit(item) {
      const result = new Promise<R>((resolve, reject) => queue.push({ item, resolve, reject }));
      // A new worker only when the running ones are all busy writing (queue was empty before this item).
      if (workers.size === 0 || (workers.size < concurrency && queue.length > 1)) startWorker();
      return result;
    },
    async drain() {
      while (workers.size > 0) await Promise.all(workers);
    },
  };
}
