import { eventRoutes } from './events.js';
import { followUpRoutes } from './followups.js';
import { installationRoutes } from './installation.js';
import { responseRoutes } from './responses.js';
import type { RouteSpec } from './route-spec.js';
import { sessionRoutes } from './session.js';
import { surveyRoutes } from './surveys.js';
import { webhookRoutes } from './webhooks.js';

/** The routes mounted from specs; the OpenAPI document is generated from the same list. */
export const apiRoutes: readonly RouteSpec[] = [
  ...sessionRoutes,
  ...surveyRoutes,
  ...responseRoutes,
  ...followUpRoutes,
  ...webhookRoutes,
  ...eventRoutes,
  ...installationRoutes,
];
