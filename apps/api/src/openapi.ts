import { CSRF_HEADER, ErrorBody, PROJECT_HEADER, ProjectCreated, rolesWith } from '@pulse/shared';
import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from 'zod-openapi';
import { apiRoutes } from './routes/api-routes.js';
import { type DocumentedRoute, handMountedRoutes } from './routes/hand-mounted-docs.js';
import { csrfHeaderOf, permissionOf, statusesOf } from './routes/route-spec.js';

/** Every route the document describes: the spec-mounted ones and the hand-mounted ones. */
export const documentedRoutes: readonly DocumentedRoute[] = [...handMountedRoutes, ...apiRoutes];

/** `/v1/surveys/:id` → `/v1/surveys/{id}`. */
export const openApiPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');

/** Every status a documented route answers: its spec's, plus the rate limiter's. */
export function documentedStatuses(route: DocumentedRoute): Record<number, string> {
  const statuses = statusesOf(route);
  if (route.rateLimited) statuses[429] = 'Rate limited';
  return statuses;
}

function headersOf(route: DocumentedRoute) {
  const headers: Record<string, z.ZodType> = {};
  for (const [name, h] of Object.entries(route.headers ?? {})) {
    const schema = z.string().meta({ description: h.description });
    headers[name] = h.required ? schema : schema.optional();
  }
  if (route.access === 'team') {
    headers[PROJECT_HEADER] = z
      .string()
      .optional()
      .meta({ description: 'With a session: the project to work in, for a member of several' });
    if (csrfHeaderOf(route))
      headers[CSRF_HEADER] = z
        .literal('1')
        .optional()
        .meta({ description: 'Required with a session cookie (not with an API key): `1`' });
  }
  return headers;
}

function operationOf(route: DocumentedRoute): ZodOpenApiOperationObject {
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, description] of Object.entries(documentedStatuses(route))) {
    const own = route.responses[Number(status)];
    const schema = own?.schema ?? (Number(status) >= 400 ? ErrorBody : undefined);
    responses[status] = schema
      ? { description, content: { [own?.contentType ?? 'application/json']: { schema } } }
      : { description };
  }
  const params = Object.entries(route.params ?? {});
  const headers = headersOf(route);
  const bodyTypes =
    route.path === '/v1/public/responses' ? ['application/json', 'text/plain'] : ['application/json'];
  const permission = permissionOf(route);
  const needs =
    permission && `Needs \`${permission}\`: ${rolesWith(permission).join(', ')} (API keys act as owners).`;
  const description = [route.description, needs].filter(Boolean).join('\n\n');
  return {
    summary: route.summary,
    ...(description ? { description } : {}),
    ...(permission ? { 'x-pulse-permission': permission } : {}),
    tags: [route.tag],
    ...(route.access === 'team' ? { security: [{ apiKey: [] }, { session: [] }] } : {}),
    requestParams: {
      ...(params.length
        ? {
            path: z.strictObject(
              Object.fromEntries(
                params.map(([name, description]) => [name, z.string().meta({ description })]),
              ),
            ),
          }
        : {}),
      ...(route.query ? { query: route.query as z.ZodObject } : {}),
      ...(Object.keys(headers).length ? { header: z.object(headers) } : {}),
    },
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(bodyTypes.map((type) => [type, { schema: route.body! }])),
          },
        }
      : {}),
    responses,
  };
}

/** OpenAPI 3.1, generated from the route specs: the same zod schemas the routes validate with. */
export function openApiDocument(serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of documentedRoutes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operationOf(route) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Pulse API',
      version: '1.0.0',
      description: [
        'Collect NPS answers from the widget and read them back. Errors are `{ error: { code, message, details? } }`; a known path asked with another method is 405 with `Allow`.',
        '',
        `This document as JSON: [/openapi.json](${serverUrl}/openapi.json).`,
        '',
        'Team routes take a project API key (`Authorization: Bearer sk_…`) or the dashboard session cookie; with the cookie, writes must carry `X-Pulse-CSRF: 1`.',
        '',
        "Each team route needs one permission of the caller's role, named in its `x-pulse-permission` (the table is `ROLE_PERMISSIONS` in packages/shared/src/permissions.ts): owners manage surveys, members, API keys, origins and webhooks and read the audit log; agents work follow-ups and read everything; viewers only read. API keys act as owners. A refusal is 403 `forbidden` with `details.permission` and `details.allowedRoles`.",
      ].join('\n'),
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'A project API key, sk_…' },
        session: { type: 'apiKey', in: 'cookie', name: 'pulse_session', description: 'Dashboard sign-in' },
      },
      schemas: { ProjectCreated },
    },
    paths,
  });
}
