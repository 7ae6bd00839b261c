import type { FollowUpChange, Theme } from '@pulse/shared';
import type { FollowUpDoc } from '../../db/followup.js';
import type { Models } from '../../db/models.js';

/** One answer as a person labelled it, in the shape of the classifier's corpus (packages/shared/eval). */
export interface LabelledExample {
  score: number;
  comment: string;
  locale: string | null;
  churn: boolean;
  themes: Theme[];
  /** Where the label came from, so a training run can weigh or audit it. */
  source: { followUpId: string; correctedBy: string; correctedAt: string };
}

/**
 * The follow-ups whose classification a person corrected, each as a labelled
 * example carrying their last correction. For `npm run admin -- export-labels`;
 * it reads every follow-up of the project (or all), which is fine for a command
 * run now and then.
 */
export async function correctedExamples(models: Models, projectId?: string): Promise<LabelledExample[]> {
  const docs = await models.FollowUp.find({
    ...(projectId ? { projectId } : {}),
    'history.change.type': 'classification',
  }).lean<FollowUpDoc[]>();
  const examples: LabelledExample[] = [];
  for (const doc of docs) {
    const last = doc.history.findLast((h) => (h.change as FollowUpChange).type === 'classification');
    const response = doc.response as { score: number; comment: string | null; locale: string | null };
    if (!last || !response.comment) continue;
    const change = last.change as Extract<FollowUpChange, { type: 'classification' }>;
    examples.push({
      score: response.score,
      comment: response.comment,
      locale: response.locale,
      churn: change.to.churnRisk,
      themes: change.to.themes,
      source: {
        followUpId: doc._id.toHexString(),
        correctedBy: last.actor,
        correctedAt: last.at.toISOString(),
      },
    });
  }
  return examples;
}
