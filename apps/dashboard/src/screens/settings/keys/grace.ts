import { API_KEY_MAX_GRACE_SECONDS } from '@pulse/shared/names';

/** How long a rotated key's old secret may keep working: the choices offered, in seconds. */
export const GRACE_PERIODS = {
  now: 0,
  hour: 3600,
  day: 86_400,
  week: API_KEY_MAX_GRACE_SECONDS,
} as const;
export type GracePeriod = keyof typeof GRACE_PERIODS;
