import type { FollowUp, FollowUpChange, FollowUpStatus, Priority, ResponseItem } from '@pulse/shared';
import type { FollowUpDoc } from '../../db/followup.js';

/** A stored follow-up as the API, live events and webhooks show it. */
export function toFollowUp(doc: FollowUpDoc): FollowUp {
  return {
    id: doc._id.toHexString(),
    projectId: doc.projectId.toHexString(),
    surveyId: doc.surveyId.toHexString(),
    responseId: doc._id.toHexString(),
    status: doc.status as FollowUpStatus,
    priority: doc.priority as Priority,
    themes: doc.themes as FollowUp['themes'],
    churnRisk: doc.churnRisk,
    assignee: doc.assignee ?? null,
    notes: doc.notes.map((n) => ({ id: n.id, author: n.author, text: n.text, at: n.at.toISOString() })),
    history: doc.history.map((h) => ({
      at: h.at.toISOString(),
      actor: h.actor,
      change: h.change as FollowUpChange,
    })),
    dueAt: doc.dueAt.toISOString(),
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    version: doc.version,
    response: doc.response as ResponseItem,
  };
}
