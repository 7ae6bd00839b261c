import type { Bucket } from '@pulse/shared/contracts';

export const PRESETS = ['24h', '7d', '30d', '90d'] as const;
export type Preset = (typeof PRESETS)[number];

/**
 * What the summary is asked for. Presets are whole buckets ending with the one
 * now filling (the API's `last`), so "7 days" is today so far and the 6 days
 * before: 7 bars, and the API picks the previous 7 days to compare with.
 */
export interface Period {
  preset: Preset | 'custom';
  bucket: Bucket;
  last?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const HOUR = 3_600_000;
const PRESET_SPAN: Record<Preset, { last: number; bucket: Bucket }> = {
  '24h': { last: 24, bucket: 'hour' },
  '7d': { last: 7, bucket: 'day' },
  '30d': { last: 30, bucket: 'day' },
  '90d': { last: 90, bucket: 'day' },
};

export function presetPeriod(preset: Preset): Period {
  return { preset, ...PRESET_SPAN[preset] };
}

/** A custom range of whole days (inputs are yyyy-mm-dd, UTC), end inclusive. */
export function customPeriod(fromDay: string, toDay: string): Period {
  const from = new Date(`${fromDay}T00:00:00Z`);
  const to = new Date(new Date(`${toDay}T00:00:00Z`).getTime() + 24 * HOUR);
  const bucket = to.getTime() - from.getTime() <= 2 * 24 * HOUR ? 'hour' : 'day';
  return { preset: 'custom', from: from.toISOString(), to: to.toISOString(), bucket };
}
