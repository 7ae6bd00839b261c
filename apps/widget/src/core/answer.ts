import { COMMENT_MAX_LENGTH } from '@pulse/shared/names';
import type { PendingAnswer } from './queue.js';
import { newIdempotencyKey } from './uuid.js';
import type { VisitorState } from './visitor.js';

export interface AnswerFacts {
  publicKey: string;
  surveyId: string;
  score: number;
  comment: string;
  locale: string;
  visitor: VisitorState;
  page: { url: string; referrer: string; userAgent: string };
  now: Date;
}

/** Builds the request body once, with its key; every retry sends these exact bytes. */
export function makeAnswer(f: AnswerFacts): PendingAnswer {
  const comment = f.comment.trim().slice(0, COMMENT_MAX_LENGTH);
  const traits = f.visitor.traits && Object.keys(f.visitor.traits).length > 0 ? f.visitor.traits : undefined;
  const answer: PendingAnswer = {
    publicKey: f.publicKey,
    surveyId: f.surveyId,
    score: f.score,
    locale: f.locale,
    context: {
      url: f.page.url.slice(0, 2000),
      userAgent: f.page.userAgent.slice(0, 500),
      ...(f.page.referrer ? { referrer: f.page.referrer.slice(0, 2000) } : {}),
    },
    idempotencyKey: newIdempotencyKey(),
    answeredAt: f.now.toISOString(),
  };
  if (comment) answer.comment = comment;
  if (f.visitor.respondentId !== undefined || traits) {
    answer.respondent = {
      ...(f.visitor.respondentId !== undefined ? { id: f.visitor.respondentId } : {}),
      ...(traits ? { traits } : {}),
    };
  }
  return answer;
}
