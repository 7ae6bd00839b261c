import type { Category, Classification, ResponseItem } from '@pulse/shared';
import type { ResponseDoc } from '../../db/response.js';

/** An answer as every API shape carries it. */
export function toResponseItem(doc: ResponseDoc): ResponseItem {
  return {
    id: doc._id.toHexString(),
    surveyId: doc.surveyId.toHexString(),
    score: doc.score,
    category: doc.category as Category,
    comment: doc.comment ?? null,
    locale: doc.locale ?? null,
    respondent: (doc.respondent ?? {}) as ResponseItem['respondent'],
    context: (doc.context ?? {}) as ResponseItem['context'],
    classification: (doc.classification ?? null) as Classification | null,
    answeredAt: doc.answeredAt.toISOString(),
    createdAt: doc.createdAt.toISOString(),
  };
}
