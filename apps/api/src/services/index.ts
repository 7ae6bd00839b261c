import type { SummaryQuery } from '@pulse/shared';
import type { Models } from '../db/models.js';
import type { LiveBus } from '../live/bus.js';
import type { Logger } from '../logger.js';
import { createIngestService } from './ingest.js';
import { createProjectService } from './projects.js';
import { createResponseService } from './responses.js';
import { summarizeSurvey } from './summary.js';
import { createSurveyService } from './surveys.js';

/** What the product does, wired once; routes, the admin CLI, tests and benchmarks all use this. */
export function createServices({ models, live, logger }: { models: Models; live: LiveBus; logger: Logger }) {
  const projects = createProjectService(models);
  const surveys = createSurveyService(models);
  return {
    models,
    live,
    projects,
    surveys,
    responses: createResponseService(models),
    ingest: createIngestService({ models, projects, surveys, live, logger }),
    summarize: (surveyId: string, q: SummaryQuery) => summarizeSurvey(models, surveyId, q),
  };
}

export type Services = ReturnType<typeof createServices>;
