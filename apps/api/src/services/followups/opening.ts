import { type Classification, classifyFeedback, type Priority, priorityRank } from '@pulse/shared';
import type { FollowUpDoc } from '../../db/followup.js';
import type { ResponseDoc } from '../../db/response.js';
import { toResponseItem } from '../responses/to-item.js';

/** Who must answer how soon: the follow-up's `dueAt` is its opening plus this. */
export const FOLLOW_UP_SLA_MS: Record<Priority, number> = {
  urgent: 4 * 3_600_000,
  high: 24 * 3_600_000,
  normal: 72 * 3_600_000,
  low: 7 * 24 * 3_600_000,
};

/** The actor of changes made by Pulse itself (opening at ingest). */
export const SYSTEM_ACTOR = 'system';

/**
 * The follow-up an answer opens, a function of the stored answer alone (opened when
 * the answer was stored, due its SLA after the customer answered), so that opening
 * it again after a crash rebuilds exactly the document that may already exist.
 */
export function newFollowUpDoc(response: ResponseDoc): FollowUpDoc {
  const classification =
    (response.classification as Classification | null) ??
    classifyFeedback({ score: response.score, comment: response.comment, locale: response.locale });
  const { priority } = classification;
  const openedAt = response.createdAt;
  return {
    _id: response._id,
    projectId: response.projectId,
    surveyId: response.surveyId,
    status: 'open',
    priority,
    priorityRank: priorityRank(priority),
    themes: [...classification.themes],
    churnRisk: classification.churnRisk,
    assignee: null,
    notes: [],
    history: [{ at: openedAt, actor: SYSTEM_ACTOR, change: { type: 'opened', priority } }],
    dueAt: new Date(response.answeredAt.getTime() + FOLLOW_UP_SLA_MS[priority]),
    version: 0,
    response: toResponseItem(response),
    createdAt: openedAt,
    updatedAt: openedAt,
  };
}
