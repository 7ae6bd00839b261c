import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import type { LivePublisher } from '../live-publisher.js';
import { toResponseItem } from '../responses/to-item.js';
import { liveSummaryOf } from '../summaries/live-summary.js';
import type { RollupSource } from '../summaries/rollups.js';
import { applyRollups } from '../summaries/rollups.js';
import type { DerivedStep } from './derive.js';

/**
 * Work that follows a durable insert (follow-ups, webhooks, the explorer index); it
 * must be idempotent per answer, or guarded by the journal entries it carries (`source`).
 */
export type AfterStore = (inserted: ResponseDoc[], source?: RollupSource) => Promise<void>;

/**
 * Everything derived from stored answers, as named steps of the derive stage:
 * the live `response.created` events, the rollups (and the live summary they
 * give), and the after-store hooks. A step that fails is retried with its group;
 * those that succeeded are not run again for it.
 */
export function derivedSteps({
  models,
  live,
  afterStore,
}: {
  models: Models;
  live: LivePublisher;
  afterStore: { name: string; run: AfterStore }[];
}): DerivedStep[] {
  return [
    {
      name: 'live answers',
      // Published together, they leave in one live round (the bus groups them by project).
      run: async (docs) => {
        await Promise.all(
          docs.map((doc) =>
            live.publish(doc.projectId.toHexString(), [
              {
                type: 'response.created',
                surveyId: doc.surveyId.toHexString(),
                response: toResponseItem(doc),
              },
            ]),
          ),
        );
      },
    },
    {
      name: 'rollups',
      run: async (docs, source) => {
        const totals = await applyRollups(models, docs, source);
        const projectOf = new Map(docs.map((d) => [d.surveyId.toHexString(), d.projectId.toHexString()]));
        await Promise.all(
          [...totals].map(([surveyId, distribution]) =>
            live.publish(projectOf.get(surveyId)!, [
              { type: 'summary.updated', surveyId, summary: liveSummaryOf(distribution) },
            ]),
          ),
        );
      },
    },
    ...afterStore.map(({ name, run }) => ({ name, run })),
  ];
}
