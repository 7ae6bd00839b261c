import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.js';

describe('groupCommit', () => {
  it('writes items submitted in the same turn as one batch', async () => {
    const batches: number[][] = [];
    const commit = groupCommit<number, number>(async (items) => {
      batches.push(items);
      return items.map((n) => n * 2);
    });
    expect(await Promise.all([1, 2, 3].map((n) => commit.submit(n)))).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('batches what arrives while a write is in flight into the next write', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const firstWriteHeld = new Promise<void>((resolve) => (release = resolve));
    const commit = groupCommit<number, number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await firstWriteHeld;
      return items;
    });
    const first = commit.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((n) => commit.submit(n));
    release();
    await Promise.all([first, ...later]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('rejects only the callers whose outcome is an Error', async () => {
    const commit = groupCommit<number, number>(async (items) =>
      items.map((n) => (n === 2 ? new Error('two') : n)),
    );
    const results = await Promise.allSettled([1, 2, 3].map((n) => commit.submit(n)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('rejects the whole batch when the write fails, and keeps serving', async () => {
    let fail = true;
    const commit = groupCommit<number, number>(async (items) => {
      if (fail) throw new Error('database down');
      return items;
    });
    await expect(commit.submit(1)).rejects.toThrow('database down');
    fail = false;
    await expect(commit.submit(2)).resolves.toBe(2);
  });

  it('caps a batch at maxBatch items', async () => {
    const sizes: number[] = [];
    const commit = groupCommit<number, number>(
      async (items) => {
        sizes.push(items.length);
        return items;
      },
      { maxBatch: 2 },
    );
    await Promise.all([1, 2, 3, 4, 5].map((n) => commit.submit(n)));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('drain() waits for everything submitted', async () => {
    const written: number[] = [];
    const commit = groupCommit<number, number>(async (items) => {
      written.push(...items);
      return items;
    });
    void commit.submit(1);
    void commit.submit(2);
    await commit.drain();
    expect(written).toEqual([1, 2]);
  });
});
