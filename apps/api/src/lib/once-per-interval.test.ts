import { describe, expect, it } from 'vitest';
import { oncePerInterval } from './once-per-interval.js';

describe('oncePerInterval', () => {
  it('says yes once per key per interval, and again once it has passed', () => {
    let now = 0;
    const due = oncePerInterval(60_000, () => now);
    expect([due('a'), due('a'), due('b')]).toEqual([true, false, true]);
    now = 59_999;
    expect(due('a')).toBe(false);
    now = 60_000;
    expect([due('a'), due('a')]).toEqual([true, false]);
  });

  it('forgets everything rather than grow past its bound (one extra yes per key)', () => {
    const due = oncePerInterval(60_000, () => 0, 2);
    expect([due('a'), due('b'), due('c'), due('a')]).toEqual([true, true, true, true]);
  });
});
