import {
  ErrorBody,
  EventListQuery,
  EventPage,
  FollowUp,
  FollowUpListQuery,
  FollowUpPage,
  FollowUpPatch,
  ProjectCreated,
  PublicSurveyConfig,
  ResponseCreated,
  ResponseInput,
  ResponseListQuery,
  ResponsePage,
  SessionCreate,
  SessionInfo,
  Summary,
  SummaryQuery,
  Survey,
  SurveyCreate,
  SurveyList,
  SurveyPatch,
  WebhookCreate,
  WebhookCreated,
  WebhookDeliveryList,
  WebhookDeliveryListQuery,
  WebhookList,
} from '@pulse/shared';
import { z } from 'zod';
import { createDocument } from 'zod-openapi';

const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const error = (description: string) => json(ErrorBody, description);
const idParam = z.strictObject({ id: z.string().meta({ description: 'Survey id' }) });
const secured = { security: [{ apiKey: [] }] };
const authErrors = { 401: error('Missing or invalid API key'), 404: error('Not found') };

/** OpenAPI 3.1, generated from the same zod schemas the routes validate with. */
export function openApiDocument(serverUrl: string) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Pulse API',
      version: '1.0.0',
      description:
        'Collect NPS answers from the widget and read them back. Errors are `{ error: { code, message, details? } }`.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A project API key, sk_…' } },
      schemas: { ProjectCreated },
    },
    paths: {
      '/v1/public/projects/{publicKey}/survey': {
        get: {
          summary: 'The active survey of a project, as the widget needs it',
          tags: ['Public'],
          requestParams: { path: z.strictObject({ publicKey: z.string() }) },
          responses: {
            200: json(PublicSurveyConfig, 'Widget configuration'),
            404: error('No such project or no active survey'),
          },
        },
      },
      '/v1/public/responses': {
        post: {
          summary: 'Submit an answer (idempotent)',
          description:
            'Send a UUID as `Idempotency-Key` (or `idempotencyKey` in the body for sendBeacon). The first request stores the answer (201); a replay returns the same body (200); the same key with another body is 409. `text/plain` bodies holding JSON are accepted.',
          tags: ['Public'],
          requestParams: { header: z.object({ 'idempotency-key': z.uuid().optional() }) },
          requestBody: {
            content: {
              'application/json': { schema: ResponseInput },
              'text/plain': { schema: ResponseInput },
            },
          },
          responses: {
            201: json(ResponseCreated, 'Stored'),
            200: json(ResponseCreated, 'Replay of an answer already stored'),
            400: error('Invalid answer'),
            403: error('Origin not allowed for this project'),
            404: error('Unknown project or survey'),
            409: error('Idempotency key reused with a different answer'),
            429: error('Rate limited'),
          },
        },
      },
      '/v1/surveys': {
        get: {
          summary: 'List surveys',
          tags: ['Surveys'],
          ...secured,
          responses: { 200: json(SurveyList, 'Surveys'), ...authErrors },
        },
        post: {
          summary: 'Create a survey',
          tags: ['Surveys'],
          ...secured,
          requestBody: { content: { 'application/json': { schema: SurveyCreate } } },
          responses: { 201: json(Survey, 'Created'), 400: error('Invalid survey'), ...authErrors },
        },
      },
      '/v1/surveys/{id}': {
        get: {
          summary: 'Read a survey',
          tags: ['Surveys'],
          ...secured,
          requestParams: { path: idParam },
          responses: { 200: json(Survey, 'Survey'), ...authErrors },
        },
        patch: {
          summary: 'Change a survey',
          description:
            'Replaces the named top-level fields. Send `version` to refuse the change if someone else changed the survey first (409).',
          tags: ['Surveys'],
          ...secured,
          requestParams: { path: idParam },
          requestBody: { content: { 'application/json': { schema: SurveyPatch } } },
          responses: {
            200: json(Survey, 'Changed'),
            400: error('Invalid change'),
            409: error('Stale version'),
            ...authErrors,
          },
        },
        delete: {
          summary: 'Delete a survey',
          tags: ['Surveys'],
          ...secured,
          requestParams: { path: idParam },
          responses: { 204: { description: 'Deleted' }, ...authErrors },
        },
      },
      '/v1/surveys/{id}/summary': {
        get: {
          summary: 'NPS, counts, margin of error, distribution and trend over a period',
          tags: ['Surveys'],
          ...secured,
          requestParams: { path: idParam, query: SummaryQuery },
          responses: { 200: json(Summary, 'Summary'), 400: error('Invalid query'), ...authErrors },
        },
      },
      '/v1/responses': {
        get: {
          summary: 'Answers, newest first, with cursor pagination',
          tags: ['Responses'],
          ...secured,
          requestParams: { query: ResponseListQuery },
          responses: {
            200: json(ResponsePage, 'A page of answers'),
            400: error('Invalid query'),
            ...authErrors,
          },
        },
      },
      '/v1/responses.csv': {
        get: {
          summary: 'All answers of a survey as CSV (streamed)',
          tags: ['Responses'],
          ...secured,
          requestParams: { query: z.strictObject({ surveyId: z.string() }) },
          responses: {
            200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
            ...authErrors,
          },
        },
      },
      '/v1/session': {
        post: {
          summary: 'Dashboard sign-in: sets an httpOnly SameSite=Lax session cookie (send X-Pulse-CSRF: 1)',
          tags: ['Dashboard'],
          requestBody: { content: { 'application/json': { schema: SessionCreate } } },
          responses: {
            201: json(SessionInfo, 'Signed in'),
            401: error('Wrong e-mail or password'),
            403: error('Missing X-Pulse-CSRF header'),
            429: error('Too many failed sign-ins'),
          },
        },
        get: {
          summary: 'Who is signed in, with their projects and roles',
          tags: ['Dashboard'],
          responses: { 200: json(SessionInfo, 'The session'), 401: error('Not signed in') },
        },
        delete: {
          summary: 'Sign out (send X-Pulse-CSRF: 1)',
          tags: ['Dashboard'],
          responses: { 204: { description: 'Signed out' } },
        },
      },
      '/v1/events': {
        get: {
          summary:
            'Live events after an eventId, oldest first, for a reconnecting dashboard (hasMore or complete=false: reload)',
          tags: ['Dashboard'],
          ...secured,
          requestParams: { query: EventListQuery },
          responses: { 200: json(EventPage, 'Missed events'), 400: error('Invalid query'), ...authErrors },
        },
      },
      '/v1/followups': {
        get: {
          summary: 'The detractor follow-up queue: urgent first, then oldest first, with cursor pagination',
          tags: ['Follow-ups'],
          ...secured,
          requestParams: { query: FollowUpListQuery },
          responses: {
            200: json(FollowUpPage, 'A page of follow-ups'),
            400: error('Invalid query'),
            ...authErrors,
          },
        },
      },
      '/v1/followups/{id}': {
        get: {
          summary: 'Read a follow-up',
          tags: ['Follow-ups'],
          ...secured,
          requestParams: { path: z.strictObject({ id: z.string().meta({ description: 'Follow-up id' }) }) },
          responses: { 200: json(FollowUp, 'Follow-up'), ...authErrors },
        },
        patch: {
          summary: 'Change status or assignee, or add a note',
          description:
            'Send the `version` you last saw: if the follow-up changed since, nothing changes and the answer is 409 `stale_version` with the current follow-up in `error.details.current`. Status moves open → in_progress → resolved | dismissed; resolved or dismissed may be reopened; other moves are 409 `invalid_transition`. Every change is recorded in `history`.',
          tags: ['Follow-ups'],
          ...secured,
          requestParams: { path: z.strictObject({ id: z.string().meta({ description: 'Follow-up id' }) }) },
          requestBody: { content: { 'application/json': { schema: FollowUpPatch } } },
          responses: {
            200: json(FollowUp, 'Changed'),
            400: error('Invalid change'),
            409: error('Stale version or invalid transition'),
            ...authErrors,
          },
        },
      },
      '/v1/webhooks': {
        get: {
          summary: 'List webhooks',
          tags: ['Webhooks'],
          ...secured,
          responses: { 200: json(WebhookList, 'Webhooks'), ...authErrors },
        },
        post: {
          summary: 'Create a webhook',
          description:
            'Deliveries are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); the `whsec_` secret is in this answer only. Failed deliveries are retried with exponential backoff for 24 hours. See WEBHOOKS.md.',
          tags: ['Webhooks'],
          ...secured,
          requestBody: { content: { 'application/json': { schema: WebhookCreate } } },
          responses: {
            201: json(WebhookCreated, 'Created, with its secret'),
            400: error('Invalid webhook'),
            ...authErrors,
          },
        },
      },
      '/v1/webhooks/{id}': {
        delete: {
          summary: 'Delete a webhook (its pending deliveries are not sent)',
          tags: ['Webhooks'],
          ...secured,
          requestParams: { path: z.strictObject({ id: z.string().meta({ description: 'Webhook id' }) }) },
          responses: { 204: { description: 'Deleted' }, ...authErrors },
        },
      },
      '/v1/webhooks/{id}/deliveries': {
        get: {
          summary: 'Delivery log of a webhook, newest first, with every attempt',
          tags: ['Webhooks'],
          ...secured,
          requestParams: {
            path: z.strictObject({ id: z.string().meta({ description: 'Webhook id' }) }),
            query: WebhookDeliveryListQuery,
          },
          responses: {
            200: json(WebhookDeliveryList, 'Deliveries'),
            400: error('Invalid query'),
            ...authErrors,
          },
        },
      },
      '/healthz': {
        get: { summary: 'Liveness', tags: ['Operations'], responses: { 200: { description: 'Alive' } } },
      },
      '/readyz': {
        get: {
          summary: 'Readiness (database reachable)',
          tags: ['Operations'],
          responses: { 200: { description: 'Ready' }, 503: error('Not ready') },
        },
      },
    },
  });
}
