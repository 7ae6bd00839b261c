import {
  type CorrectedExample,
  type FollowUpChange,
  type LabelledComment,
  toLabelledComments,
} from '@pulse/shared';
import type { FollowUpDoc } from '../../db/followup.js';
import type { Models } from '../../db/models.js';

/**
 * The answers whose classification a person corrected on their follow-up, as
 * labelled comments in the classifier's corpus format (`toLabelledComments`: the
 * last correction of a comment wins, blank or unsupported-language ones are
 * dropped). For `npm run admin -- export-labels`; it reads every follow-up of the
 * project (or all), which is fine for a command run now and then.
 */
export async function correctedExamples(models: Models, projectId?: string): Promise<LabelledComment[]> {
  const docs = await models.FollowUp.find({
    ...(projectId ? { projectId } : {}),
    'history.change.type': 'classification',
  }).lean<FollowUpDoc[]>();
  const corrections: CorrectedExample[] = [];
  for (const doc of docs) {
    const last = doc.history.findLast((h) => (h.change as FollowUpChange).type === 'classification');
    const response = doc.response as {
      score: number;
      comment: string | null;
      classification: { language?: string } | null;
    };
    if (!last || !response.comment) continue;
    const { to } = last.change as Extract<FollowUpChange, { type: 'classification' }>;
    corrections.push({
      score: response.score,
      comment: response.comment,
      language: response.classification?.language ?? 'und',
      churnRisk: to.churnRisk,
      themes: to.themes,
    });
  }
  return toLabelledComments(corrections);
}
