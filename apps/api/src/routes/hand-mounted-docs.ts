import {
  ErrorBody,
  PublicSurveyConfig,
  PublicSurveyQuery,
  ResponseCreated,
  ResponseInput,
} from '@pulse/shared';
import { z } from 'zod';
import type { RouteSpec } from './route-spec.js';

/** A route documented here but mounted by hand (public.ts, health.ts): a spec without a handler. */
export type DocumentedRoute = Omit<RouteSpec, 'handle' | 'before'> & {
  /** Statuses of middleware the route shares with its neighbours (rate limit, body parser). */
  rateLimited?: boolean;
};

/**
 * The widget's and the operators' routes. They keep their own routers (CORS for
 * every answer, a probe that must not depend on anything), so their description
 * lives here; the router-walk test checks it against what is mounted.
 */
export const handMountedRoutes: readonly DocumentedRoute[] = [
  {
    method: 'get',
    path: '/v1/public/projects/:publicKey/survey',
    summary: 'The active survey of a project, as the widget needs it',
    description:
      "With several active surveys, the one in the visitor's language: for each language of `lang` in order, the most recently changed active survey with texts in it; else the most recently changed active one. Cacheable for a minute; the answer depends on the URL alone. Each fetch also notes where the widget was seen (`GET /v1/project/installation`).",
    tag: 'Public',
    access: 'none',
    rateLimited: true,
    params: { publicKey: 'The project public key, pk_…' },
    query: PublicSurveyQuery,
    responses: {
      200: { description: 'Widget configuration', schema: PublicSurveyConfig },
      404: { description: 'No such project or no active survey' },
      503: { description: 'The database is away; retry after the Retry-After seconds' },
    },
  },
  {
    method: 'post',
    path: '/v1/public/responses',
    summary: 'Submit an answer (idempotent)',
    description:
      'Send a UUID as `Idempotency-Key` (or `idempotencyKey` in the body for sendBeacon). The first request stores the answer (201); a replay returns the same body (200); the same key with another body is 409. `text/plain` bodies holding JSON are accepted.',
    tag: 'Public',
    access: 'none',
    rateLimited: true,
    headers: {
      'idempotency-key': {
        description:
          'A UUID made when the answer was made, the same on every retry (or `idempotencyKey` in the body)',
      },
    },
    body: ResponseInput,
    // navigator.sendBeacon cannot send application/json across origins.
    bodyTypes: ['application/json', 'text/plain'],
    responses: {
      201: { description: 'Stored', schema: ResponseCreated },
      200: { description: 'Replay of an answer already stored', schema: ResponseCreated },
      403: { description: 'Origin not allowed for this project' },
      404: { description: 'Unknown project or survey' },
      400: {
        description:
          'Invalid answer: the contract, or a key or value no database can store (`unsafe_key`, `unsafe_value`, `body_too_complex`, `unstorable_answer`)',
      },
      409: { description: 'Idempotency key reused with a different answer' },
      503: {
        description:
          'The database is away or the outcome is unknown: nothing acknowledged; retry after Retry-After with the same key',
      },
    },
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document (browsable at /docs)',
    tag: 'Operations',
    access: 'none',
    responses: { 200: { description: 'OpenAPI 3.1 document', schema: z.record(z.string(), z.unknown()) } },
  },
  {
    method: 'get',
    path: '/healthz',
    summary: 'Liveness',
    tag: 'Operations',
    access: 'none',
    responses: { 200: { description: 'Alive' } },
  },
  {
    method: 'get',
    path: '/readyz',
    summary: 'Readiness (database reachable)',
    tag: 'Operations',
    access: 'none',
    responses: { 200: { description: 'Ready' }, 503: { description: 'Not ready', schema: ErrorBody } },
  },
  {
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics',
    tag: 'Operations',
    access: 'none',
    responses: {
      200: { description: 'Prometheus text format', schema: z.string(), contentType: 'text/plain' },
    },
  },
];
