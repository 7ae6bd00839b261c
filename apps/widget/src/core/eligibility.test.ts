import { Throttle } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import { decideEligibility, isForced } from './eligibility.js';
import type { VisitorState } from './visitor.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);

/** The contract's defaults (90 days between asks, 180 after a dismissal, everyone sampled), then `over`. */
const throttle = (over: Partial<Throttle> = {}): Throttle => ({ ...Throttle.parse({}), ...over });
const visitor = (over: Partial<VisitorState> = {}): VisitorState => ({
  firstSeenAt: NOW - DAY,
  pageViews: 1,
  sample: 0.5,
  ...over,
});
const page = { path: '/app/settings', forced: false };

describe('decideEligibility', () => {
  it('shows to a fresh visitor under default rules', () => {
    expect(decideEligibility(throttle(), visitor(), page, NOW)).toEqual({ show: true });
  });

  it('waits minDaysBetweenAsks after an answer, then asks again', () => {
    const answered = visitor({ answeredAt: NOW - 89 * DAY });
    expect(decideEligibility(throttle(), answered, page, NOW)).toMatchObject({
      show: false,
      reason: 'answered_recently',
    });
    expect(decideEligibility(throttle(), answered, page, NOW + DAY)).toEqual({ show: true });
  });

  it('waits the longer minDaysAfterDismiss after a dismissal', () => {
    const dismissed = visitor({ dismissedAt: NOW - 100 * DAY });
    expect(decideEligibility(throttle(), dismissed, page, NOW)).toMatchObject({
      reason: 'dismissed_recently',
    });
    expect(decideEligibility(throttle(), dismissed, page, NOW + 80 * DAY)).toEqual({ show: true });
  });

  it('asks only visitors whose sticky sample falls under the sample rate', () => {
    expect(
      decideEligibility(throttle({ sampleRate: 0.25 }), visitor({ sample: 0.3 }), page, NOW),
    ).toMatchObject({
      reason: 'not_sampled',
    });
    expect(decideEligibility(throttle({ sampleRate: 0.25 }), visitor({ sample: 0.2 }), page, NOW).show).toBe(
      true,
    );
    expect(decideEligibility(throttle({ sampleRate: 0 }), visitor({ sample: 0 }), page, NOW).show).toBe(
      false,
    );
  });

  it('needs minPageViews page views, counting this one', () => {
    expect(
      decideEligibility(throttle({ minPageViews: 3 }), visitor({ pageViews: 2 }), page, NOW),
    ).toMatchObject({
      reason: 'few_page_views',
    });
    expect(decideEligibility(throttle({ minPageViews: 3 }), visitor({ pageViews: 3 }), page, NOW).show).toBe(
      true,
    );
  });

  it('waits delayAfterFirstSeenSeconds and says how long is left', () => {
    const fresh = visitor({ firstSeenAt: NOW - 10_000 });
    expect(decideEligibility(throttle({ delayAfterFirstSeenSeconds: 30 }), fresh, page, NOW)).toEqual({
      show: false,
      reason: 'too_new',
      retryInMs: 20_000,
    });
    expect(
      decideEligibility(throttle({ delayAfterFirstSeenSeconds: 30 }), fresh, page, NOW + 20_000).show,
    ).toBe(true);
  });

  it('honours URL include and exclude patterns, exclude winning', () => {
    const rules = throttle({ urlInclude: ['/app/*'], urlExclude: ['/app/billing*'] });
    expect(decideEligibility(rules, visitor(), { path: '/app/settings', forced: false }, NOW).show).toBe(
      true,
    );
    expect(
      decideEligibility(rules, visitor(), { path: '/app/billing/invoices', forced: false }, NOW),
    ).toMatchObject({
      reason: 'url',
    });
    expect(decideEligibility(rules, visitor(), { path: '/pricing', forced: false }, NOW)).toMatchObject({
      reason: 'url',
    });
  });

  it('shows when forced, whatever the throttle says', () => {
    const blocked = visitor({ answeredAt: NOW, dismissedAt: NOW, sample: 0.99 });
    const rules = throttle({ sampleRate: 0, urlExclude: ['*'], minPageViews: 100 });
    expect(decideEligibility(rules, blocked, { path: '/', forced: true }, NOW)).toEqual({ show: true });
  });
});

describe('isForced', () => {
  it('reads pulse_force=1 from the query string only', () => {
    expect(isForced('?a=1&pulse_force=1')).toBe(true);
    expect(isForced('?pulse_force=0')).toBe(false);
    expect(isForced('')).toBe(false);
  });
});
