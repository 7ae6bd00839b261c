import type { Throttle } from '@pulse/shared/contracts';
import { pathAllowed } from './url-pattern.js';
import type { VisitorState } from './visitor.js';

const DAY_MS = 86_400_000;

export type Verdict =
  | { show: true }
  | {
      show: false;
      reason:
        | 'url'
        | 'answered_recently'
        | 'dismissed_recently'
        | 'not_sampled'
        | 'few_page_views'
        | 'too_new';
      /** Set when waiting on this same page would make the visitor eligible. */
      retryInMs?: number;
    };

export interface PageFacts {
  path: string;
  /** `?pulse_force=1` on the page URL. */
  forced: boolean;
}

/** Whether the survey may show on this page view; pure, so the throttle rules are unit-tested without a DOM. */
export function decideEligibility(
  throttle: Throttle,
  visitor: VisitorState,
  page: PageFacts,
  now: number,
): Verdict {
  if (page.forced) return { show: true };
  if (!pathAllowed(page.path, throttle.urlInclude, throttle.urlExclude))
    return { show: false, reason: 'url' };
  if (visitor.answeredAt !== undefined && now - visitor.answeredAt < throttle.minDaysBetweenAsks * DAY_MS) {
    return { show: false, reason: 'answered_recently' };
  }
  if (
    visitor.dismissedAt !== undefined &&
    now - visitor.dismissedAt < throttle.minDaysAfterDismiss * DAY_MS
  ) {
    return { show: false, reason: 'dismissed_recently' };
  }
  if (!(visitor.sample < throttle.sampleRate)) return { show: false, reason: 'not_sampled' };
  if (visitor.pageViews < throttle.minPageViews) return { show: false, reason: 'few_page_views' };
  const wait = visitor.firstSeenAt + throttle.delayAfterFirstSeenSeconds * 1000 - now;
  if (wait > 0) return { show: false, reason: 'too_new', retryInMs: wait };
  return { show: true };
}

export function isForced(search: string): boolean {
  return new URLSearchParams(search).get('pulse_force') === '1';
}
