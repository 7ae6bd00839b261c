import type { SummaryQuery } from '@pulse/shared';
import type { Models } from '../db/models.js';
import type { LiveBus } from '../live/bus.js';
import type { Logger } from '../logger.js';
import { createEventService } from './events.js';
import { createFollowUpService } from './followups.js';
import { createIngestService } from './ingest/index.js';
import { createMemberService } from './members.js';
import { createProjectService } from './projects.js';
import { createResponseService } from './responses.js';
import { createSecretBox } from './secret-box.js';
import { createSessionService } from './sessions.js';
import { summarizeSurvey } from './summary.js';
import { hasAnswerFilters, summarizeFiltered } from './summary-filtered.js';
import { createSurveyService } from './surveys.js';
import { createWebhookService } from './webhooks.js';

/** What the product does, wired once; routes, the admin CLI, tests and benchmarks all use this. */
export interface ServiceOptions {
  ingestMaxBatch?: number;
  /** Webhooks may target private, loopback and link-local addresses. */
  webhooksToPrivateNetworks?: boolean;
  /** SECRET_KEY: seals webhook secrets at rest. */
  secretKey?: string | undefined;
}

export function createServices({
  models,
  live,
  logger,
  options = {},
}: {
  models: Models;
  live: LiveBus;
  logger: Logger;
  options?: ServiceOptions;
}) {
  const projects = createProjectService(models);
  const surveys = createSurveyService(models);
  const secrets = createSecretBox(options.secretKey);
  const webhooks = createWebhookService(models, {
    allowPrivateNetworks: options.webhooksToPrivateNetworks ?? false,
    secrets,
  });
  const followUps = createFollowUpService({ models, live, logger, listeners: [webhooks.enqueueFollowUp] });
  const members = createMemberService(models);
  return {
    models,
    live,
    projects,
    surveys,
    responses: createResponseService(models),
    followUps,
    webhooks,
    secrets,
    members,
    sessions: createSessionService(models, members),
    events: createEventService(models),
    ingest: createIngestService({
      models,
      projects,
      surveys,
      live,
      logger,
      maxBatch: options.ingestMaxBatch,
      afterStore: [
        { name: 'webhook outbox', run: webhooks.enqueueResponses },
        { name: 'follow-ups', run: followUps.openFollowUps },
      ],
      openFollowUps: followUps.openFollowUps,
    }),
    // Rollups answer unfiltered summaries; a filter by category, locale or trait counts answers.
    summarize: (surveyId: string, q: SummaryQuery) =>
      hasAnswerFilters(q) ? summarizeFiltered(models, surveyId, q) : summarizeSurvey(models, surveyId, q),
  };
}

export type Services = ReturnType<typeof createServices>;
