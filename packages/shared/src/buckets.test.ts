import { describe, expect, it } from 'vitest';
import { bucketStart, nextBucket } from './buckets.js';

describe('buckets', () => {
  it('starts a bucket at its UTC hour or UTC midnight, whatever the offset written', () => {
    expect(bucketStart('2026-03-10T13:45:12.345Z', 'hour').toISOString()).toBe('2026-03-10T13:00:00.000Z');
    expect(bucketStart('2026-03-10T23:30:00-02:00', 'day').toISOString()).toBe('2026-03-11T00:00:00.000Z');
    expect(bucketStart(new Date('2026-03-10T00:00:00.000Z'), 'day').toISOString()).toBe(
      '2026-03-10T00:00:00.000Z',
    );
  });

  it('steps to the next bucket across a month end', () => {
    const start = bucketStart('2026-02-28T18:00:00Z', 'day');
    expect(nextBucket(start, 'day').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(nextBucket(start, 'hour').toISOString()).toBe('2026-02-28T01:00:00.000Z');
  });
});
