import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_STATUSES } from './contracts/names.js';
import {
  canMove,
  closedAtOf,
  FOLLOW_UP_TRANSITIONS,
  nextStates,
  primaryTransition,
  refusalOf,
} from './followup-states.js';

describe('follow-up state machine', () => {
  it('has a usual next step for every state and never a move to the same state', () => {
    for (const state of FOLLOW_UP_STATUSES) {
      expect(FOLLOW_UP_TRANSITIONS[state].length).toBeGreaterThan(0);
      expect(nextStates(state)).not.toContain(state);
    }
    expect(primaryTransition('open')).toEqual({ action: 'start', to: 'in_progress' });
    expect(primaryTransition('in_progress')).toEqual({ action: 'resolve', to: 'resolved' });
    expect(primaryTransition('resolved')).toEqual({ action: 'reopen', to: 'open' });
  });

  it('lets a closed follow-up only be reopened', () => {
    expect(nextStates('resolved')).toEqual(['open']);
    expect(nextStates('dismissed')).toEqual(['open']);
    expect(canMove('resolved', 'dismissed')).toBe(false);
    expect(canMove('open', 'resolved')).toBe(true);
  });

  it('explains a refusal with the moves that are possible', () => {
    expect(refusalOf('resolved', 'dismissed')).toBe(
      'This follow-up is resolved, so it cannot become dismissed; it can become open. Reopen it first if there is more to do.',
    );
  });

  it('reads when a closed follow-up was closed from its history', () => {
    const history = [
      { at: '2026-01-01T00:00:00.000Z', change: { type: 'opened' } },
      { at: '2026-01-02T00:00:00.000Z', change: { type: 'status', to: 'resolved' } },
      { at: '2026-01-03T00:00:00.000Z', change: { type: 'status', to: 'open' } },
      { at: '2026-01-04T00:00:00.000Z', change: { type: 'status', to: 'resolved' } },
      { at: '2026-01-05T00:00:00.000Z', change: { type: 'note' } },
    ];
    expect(closedAtOf({ status: 'resolved', history })).toBe('2026-01-04T00:00:00.000Z');
    expect(closedAtOf({ status: 'open', history })).toBeNull();
  });
});
