import { expect } from 'vitest';
import type { LoadStats } from './load.js';
import type { Truth } from './truth.js';

/**
 * The durability promise, checked against the database itself: every acknowledged
 * answer stored, none twice, nothing stored that no client sent, every count equal
 * to the answers, one follow-up per detractor and none without its answer, one
 * outbox row per answer, no 5xx but 503 (with Retry-After), no valid answer refused.
 */
export function expectNothingLost(load: LoadStats, truth: Truth): void {
  const lost = [...load.acked].filter((k) => !truth.keys.has(k));
  expect(lost, 'acknowledged answers missing from the database').toEqual([]);
  expect(truth.duplicates, 'answers stored twice').toBe(0);
  expect(
    [...truth.keys].filter((k) => !load.sent.has(k)),
    'stored answers no client sent',
  ).toEqual([]);
  expect(load.acked.size, 'every client eventually got its answer acknowledged').toBe(load.sent.size);
  expect(truth.stored, 'stored = acknowledged').toBe(load.acked.size);
  expect(truth.allTime, 'all-time rollup = the answers, score by score').toEqual(truth.distribution);
  expect(truth.dayTotal, 'day rollups add up to the answers').toBe(truth.stored);
  expect(truth.hourTotal, 'hour rollups add up to the answers').toBe(truth.stored);
  expect(truth.followUps, 'one follow-up per detractor answer').toBe(truth.expectedFollowUps);
  expect(truth.orphanFollowUps, 'follow-ups without their answer').toBe(0);
  expect(truth.responseDeliveries, 'one response.created outbox row per answer').toBe(truth.stored);
  expect(truth.followUpDeliveries, 'one followup.created outbox row per follow-up').toBe(
    truth.expectedFollowUps,
  );
  expect(truth.openJournalEntries, 'derived work left open').toBe(0);
  expect(load.serverErrors, '5xx other than 503').toEqual([]);
  expect(load.missingRetryAfter, '503s without Retry-After').toBe(0);
  expect(load.refused, 'valid answers refused').toEqual([]);
}
