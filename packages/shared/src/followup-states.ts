/**
 * The follow-up state machine, zod-free so the dashboard can read it without
 * the schema library: the API refuses any move not listed here (409
 * `invalid_transition`), and the dashboard shows a card only the actions its
 * state allows, the first being the usual next step.
 */
import type { FOLLOW_UP_STATUSES } from './contracts/names.js';

export type FollowUpState = (typeof FOLLOW_UP_STATUSES)[number];

/** What a person presses; the dashboard's labels are keyed by it. */
export type FollowUpAction = 'start' | 'resolve' | 'dismiss' | 'reopen' | 'stop';

export interface FollowUpTransition {
  action: FollowUpAction;
  to: FollowUpState;
}

/**
 * Per state, the moves allowed, the usual next step first. An open follow-up
 * may be resolved or dismissed at once (a quick reply is often all it needs);
 * work in progress may be put back in the queue; a closed one can only be reopened.
 */
export const FOLLOW_UP_TRANSITIONS: Record<FollowUpState, readonly FollowUpTransition[]> = {
  open: [
    { action: 'start', to: 'in_progress' },
    { action: 'resolve', to: 'resolved' },
    { action: 'dismiss', to: 'dismissed' },
  ],
  in_progress: [
    { action: 'resolve', to: 'resolved' },
    { action: 'dismiss', to: 'dismissed' },
    { action: 'stop', to: 'open' },
  ],
  resolved: [{ action: 'reopen', to: 'open' }],
  dismissed: [{ action: 'reopen', to: 'open' }],
};

export const isClosed = (state: FollowUpState) => state === 'resolved' || state === 'dismissed';

/** The states a follow-up in `from` may move to. */
export const nextStates = (from: FollowUpState): FollowUpState[] =>
  FOLLOW_UP_TRANSITIONS[from].map((t) => t.to);

export const canMove = (from: FollowUpState, to: FollowUpState) => nextStates(from).includes(to);

/** The usual next step: the card's main button. */
export const primaryTransition = (from: FollowUpState): FollowUpTransition => FOLLOW_UP_TRANSITIONS[from][0]!;

const STATE_NAMES: Record<FollowUpState, string> = {
  open: 'open',
  in_progress: 'in progress',
  resolved: 'resolved',
  dismissed: 'dismissed',
};

/** Why a move was refused and what to do instead, in words a person can act on. */
export function refusalOf(from: FollowUpState, to: FollowUpState): string {
  const options = nextStates(from)
    .map((s) => STATE_NAMES[s])
    .join(' or ');
  const hint = isClosed(from) ? ' Reopen it first if there is more to do.' : '';
  return `This follow-up is ${STATE_NAMES[from]}, so it cannot become ${STATE_NAMES[to]}; it can become ${options}.${hint}`;
}

/** When a follow-up reached its current closed state (from its history), or null while it is not closed. */
export function closedAtOf(followUp: {
  status: FollowUpState;
  history: readonly { at: string; change: { type: string; to?: unknown } }[];
}): string | null {
  if (!isClosed(followUp.status)) return null;
  for (let i = followUp.history.length - 1; i >= 0; i--) {
    const entry = followUp.history[i]!;
    if (entry.change.type === 'status' && entry.change.to === followUp.status) return entry.at;
  }
  return null;
}
