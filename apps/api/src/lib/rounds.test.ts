import { describe, expect, it, vi } from 'vitest';
import { rounds } from './rounds.js';

const none = new Map<number, Error>();

describe('rounds', () => {
  it('gathers what is submitted while a round runs into the next one', async () => {
    const seen: number[][] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const r = rounds<number>(
      async (items) => {
        seen.push(items);
        if (seen.length === 1) await held;
        return none;
      },
      { minGapMs: 0 },
    );
    const first = r.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3].map((n) => r.submit(n));
    release();
    await Promise.all([first, ...later]);
    expect(seen).toEqual([[1], [2, 3]]);
  });

  it('fails only the submissions run names, or all of them when it throws', async () => {
    let fail = false;
    const r = rounds<number>(
      async (items) => {
        if (fail) throw new Error('down');
        return new Map(items.filter((n) => n % 2 === 0).map((n) => [n, new Error(`even ${n}`)]));
      },
      { minGapMs: 0 },
    );
    const settled = await Promise.allSettled([1, 2, 3].map((n) => r.submit(n)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    fail = true;
    await expect(r.submit(5)).rejects.toThrow('down');
  });

  it('starts rounds at least minGapMs apart, gathering what arrives in between', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
    try {
      const seen: number[][] = [];
      const r = rounds<number>(
        async (items) => {
          seen.push(items);
          return none;
        },
        { minGapMs: 1_000 },
      );
      const first = r.submit(1);
      await vi.advanceTimersByTimeAsync(0);
      await first;
      const later = [r.submit(2)];
      await vi.advanceTimersByTimeAsync(500);
      later.push(r.submit(3));
      await vi.advanceTimersByTimeAsync(499);
      expect(seen, 'nothing run within the gap').toEqual([[1]]);
      await vi.advanceTimersByTimeAsync(1);
      await Promise.all(later);
      expect(seen).toEqual([[1], [2, 3]]);
    } finally {
      vi.useRealTimers();
    }
  });
});
