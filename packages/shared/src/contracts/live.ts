import { z } from 'zod';
import { ObjectId } from './common.js';
import { FollowUp } from './followup.js';
import { ResponseItem } from './response.js';
import { Summary } from './summary.js';

/**
 * Every live event carries `eventId`, increasing per project, so a reconnecting
 * dashboard asks for what came after the last id it saw.
 */
const envelope = {
  eventId: z.number().int().positive(),
  projectId: ObjectId,
  surveyId: ObjectId,
};

export const ResponseCreatedEvent = z.strictObject({
  ...envelope,
  type: z.literal('response.created'),
  response: ResponseItem,
});

/** Totals for the survey's whole life: enough for tiles to move without a refetch. */
export const SummaryUpdatedEvent = z.strictObject({
  ...envelope,
  type: z.literal('summary.updated'),
  summary: Summary.pick({
    total: true,
    promoters: true,
    passives: true,
    detractors: true,
    nps: true,
    marginOfError: true,
    distribution: true,
  }),
});

/** A follow-up was opened or changed (status, assignee, note): the whole follow-up, as the queue shows it. */
export const FollowUpUpdatedEvent = z.strictObject({
  ...envelope,
  type: z.literal('followup.updated'),
  followUp: FollowUp,
});

export const LiveEvent = z.discriminatedUnion('type', [
  ResponseCreatedEvent,
  SummaryUpdatedEvent,
  FollowUpUpdatedEvent,
]);
export type LiveEvent = z.infer<typeof LiveEvent>;
export type ResponseCreatedEvent = z.infer<typeof ResponseCreatedEvent>;
export type SummaryUpdatedEvent = z.infer<typeof SummaryUpdatedEvent>;
export type FollowUpUpdatedEvent = z.infer<typeof FollowUpUpdatedEvent>;

/** `Omit` over each member of a union, so the discriminant survives. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event as a service publishes it, before the live bus stamps its project and id. */
export type LiveEventBody = DistributiveOmit<LiveEvent, 'eventId' | 'projectId'>;
