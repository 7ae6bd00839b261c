import { describe, expect, it } from 'vitest';
import { customPeriod, presetPeriod } from './period.js';

describe('periods', () => {
  it('asks for whole buckets ending with the current one', () => {
    expect(presetPeriod('7d')).toEqual({ preset: '7d', last: 7, bucket: 'day' });
    expect(presetPeriod('24h')).toEqual({ preset: '24h', last: 24, bucket: 'hour' });
  });
  it('makes a custom range of whole UTC days, end day included', () => {
    expect(customPeriod('2026-03-01', '2026-03-02')).toMatchObject({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-03T00:00:00.000Z',
      bucket: 'hour',
    });
    expect(customPeriod('2026-03-01', '2026-03-05').bucket).toBe('day');
  });
});
