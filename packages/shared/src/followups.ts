/**
 * `@pulse/shared/followups`, zod-free: the follow-up state machine, the queue's
 * order and the vocabularies a follow-up carries, for the dashboard's queue.
 */
export { PRIORITIES, type Priority, THEMES, type Theme } from './classify/index.js';
export { FOLLOW_UP_NOTE_MAX_LENGTH, FOLLOW_UP_STATUSES } from './contracts/names.js';
export * from './followup-order.js';
export * from './followup-states.js';
