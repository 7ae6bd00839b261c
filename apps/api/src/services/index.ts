import type { SummaryQuery } from '@pulse/shared';
import type { Models } from '../db/models.js';
import type { Logger } from '../logger.js';
import { createApiKeyService } from './access/api-keys.js';
import { createAuditLog } from './access/audit.js';
import { createInviteService } from './access/invites.js';
import { createMemberService } from './access/members.js';
import { createPreferenceService } from './access/preferences.js';
import { createProjectService } from './access/projects.js';
import { createSessionService } from './access/sessions.js';
import { auditWebhookChange } from './access/webhook-audit.js';
import { createFollowUpService } from './followups/service.js';
import { createIngestService } from './ingest/index.js';
import { createInstallationService } from './installation/sightings.js';
import { createSnippetService } from './installation/snippet.js';
import type { LiveEventReader, LivePublisher } from './live-publisher.js';
import { createResponseService } from './responses/index.js';
import { hasAnswerFilters, summarizeFiltered } from './summaries/filtered.js';
import { summarizeSurvey } from './summaries/summary.js';
import { createSurveyService } from './surveys.js';
import { createSecretBox } from './webhooks/secret-box.js';
import { createWebhookService } from './webhooks/service.js';

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
  events,
  logger,
  options = {},
}: {
  models: Models;
  live: LivePublisher;
  events: LiveEventReader;
  logger: Logger;
  options?: ServiceOptions;
}) {
  const apiKeys = createApiKeyService(models);
  const projects = createProjectService(models, apiKeys);
  const surveys = createSurveyService(models);
  const secrets = createSecretBox(options.secretKey);
  const audit = createAuditLog(models);
  const webhooks = createWebhookService(models, {
    allowPrivateNetworks: options.webhooksToPrivateNetworks ?? false,
    secrets,
    listeners: [auditWebhookChange(audit)],
  });
  const followUps = createFollowUpService({ models, live, logger, listeners: [webhooks.enqueueFollowUp] });
  const members = createMemberService(models);
  const responses = createResponseService(models);
  return {
    models,
    projects,
    surveys,
    responses,
    followUps,
    webhooks,
    secrets,
    members,
    preferences: createPreferenceService(models),
    sessions: createSessionService(models, members),
    installations: createInstallationService(models, logger),
    snippets: createSnippetService(),
    apiKeys,
    invites: createInviteService(models, members),
    audit,
    events,
    ingest: createIngestService({
      models,
      projects,
      surveys,
      live,
      logger,
      maxBatch: options.ingestMaxBatch,
      afterStore: [
        { name: 'webhook outbox', run: webhooks.enqueueResponses },
        { name: 'explorer index', run: responses.indexAnswers },
        { name: 'follow-ups', run: followUps.openFollowUps },
      ],
      openFollowUps: followUps.openFollowUps,
      indexChecks: [responses.indexCheck],
    }),
    // Rollups answer unfiltered summaries; a filter by category, locale or trait counts answers.
    summarize: (surveyId: string, q: SummaryQuery) =>
      hasAnswerFilters(q) ? summarizeFiltered(models, surveyId, q) : summarizeSurvey(models, surveyId, q),
  };
}

export type Services = ReturnType<typeof createServices>;
