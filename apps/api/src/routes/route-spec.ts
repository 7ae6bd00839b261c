import { type Permission, ROLES, rolesWith } from '@pulse/shared';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { actorOf, projectOf, requireAccess } from '../middleware/auth.js';
import type { RateLimitStores } from '../middleware/rate-limit.js';
import { settleIngest } from '../middleware/settle.js';
import { rejectUnstorable } from '../middleware/storable-body.js';
import { parseInput } from '../middleware/validate.js';
import type { AuditEvent } from '../services/access/audit.js';
import type { Services } from '../services/index.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseSpec {
  description: string;
  /** JSON body schema; omitted for bodiless answers (204). */
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

/** What a route handler gets: input already parsed with the route's own schemas. */
export interface RouteInput<Q, B> {
  services: Services;
  /** The API's public origin (PUBLIC_URL), for URLs the answer hands out. */
  publicUrl: string;
  params: Record<string, string>;
  query: Q;
  body: B;
  req: Request;
  res: Response;
  /**
   * Records a change in the project's audit log, as the caller (on routes without
   * access, name the project and actor). Call it once the change is made and before
   * answering, so the caller's next read of the log has it; a failure to record is
   * logged, not thrown.
   */
  audit: (event: AuditEvent, as?: { projectId: string; actor: string }) => Promise<void>;
}

/** What the mounted routes share, built once by the app. */
export interface MountContext {
  services: Services;
  publicUrl: string;
  bodyLimit: string;
  rateLimits: RateLimitStores;
}

/**
 * One route, as data: the router mounts it and the OpenAPI generator documents it
 * from the same object, so the document cannot drift from what is validated.
 */
export interface RouteSpec<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: Method;
  /** Full Express path, e.g. `/v1/surveys/:id`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /**
   * `team`: an API key or a dashboard session (requireAccess): 401, 403 and 400
   * `project_required` follow from it, and cookie writes need `X-Pulse-CSRF`.
   */
  access: 'team' | 'none';
  /**
   * What a `team` route needs of the caller's role (packages/shared/src/permissions.ts),
   * else 403 `forbidden`. Reads default to `read`; see permissionOf for writes.
   */
  permission?: Permission;
  /** Path parameters with their descriptions. */
  params?: Record<string, string>;
  query?: Q;
  body?: B;
  /** Content types the body may come in; JSON unless said. */
  bodyTypes?: string[];
  /** Read-your-writes: waits for derived data (rollups, follow-ups, outbox, events) to settle. */
  settles?: boolean;
  /** Extra middleware before parsing (a rate limiter); the statuses it adds go in `responses`. */
  before?: (ctx: MountContext) => RequestHandler[];
  /** Headers the route reads, documented as parameters. */
  headers?: Record<string, { description: string; required?: boolean }>;
  /** Statuses the route itself answers; those from access, query and body are added (see statusesOf). */
  responses: Record<number, ResponseSpec>;
  handle: (input: RouteInput<z.infer<Q>, z.infer<B>>) => Promise<void> | void;
}

/** Keeps the generic types of one spec while the list holds many. */
export const defineRoute = <Q extends z.ZodType = z.ZodNever, B extends z.ZodType = z.ZodNever>(
  spec: RouteSpec<Q, B>,
): RouteSpec => spec as unknown as RouteSpec;

/** The parts of a route that decide its statuses and headers (hand-mounted routes have them too). */
export type RouteShape = Pick<
  RouteSpec,
  'method' | 'path' | 'tag' | 'access' | 'permission' | 'query' | 'body' | 'responses'
>;

/**
 * The write permission of team routes whose specs are kept elsewhere and name none
 * (the webhook routes, including ones added later). A spec's own `permission` wins.
 */
const WRITE_PERMISSION_BY_TAG: Partial<Record<string, Permission>> = { Webhooks: 'webhooks.manage' };

/**
 * The permission a team route enforces: its own, `read` for a GET, or its tag's
 * write permission. A write with none of these does not mount (it would be open to viewers).
 */
export function permissionOf(spec: RouteShape): Permission | undefined {
  if (spec.access !== 'team') return undefined;
  const permission = spec.permission ?? (spec.method === 'get' ? 'read' : WRITE_PERMISSION_BY_TAG[spec.tag]);
  if (!permission)
    throw new Error(
      `${spec.method.toUpperCase()} ${spec.path} changes something: give its spec a permission (packages/shared/src/permissions.ts)`,
    );
  return permission;
}

/** Every status a route can answer, with why: its own, plus what its access, query and body add. */
export function statusesOf(spec: RouteShape): Record<number, string> {
  const statuses: Record<number, string> = {};
  for (const [status, r] of Object.entries(spec.responses)) statuses[Number(status)] = r.description;
  const permission = permissionOf(spec);
  if (permission) {
    statuses[401] ??= 'Missing, invalid or revoked API key, or no session';
    const roles = rolesWith(permission);
    const reasons = [
      ...(roles.length < ROLES.length
        ? [`the caller's role lacks "${permission}" (${roles.join(', ')} only; API keys act as owners)`]
        : []),
      'not a member of the project named in X-Pulse-Project',
      'with a session cookie, a write without X-Pulse-CSRF or from another site',
    ];
    statuses[403] ??= `Refused: ${reasons.join('; or ')}`;
    statuses[400] ??= 'A member of several projects did not name one in X-Pulse-Project';
    statuses[503] ??= 'The database is unreachable right now; retry after the Retry-After seconds';
  }
  if (spec.query) statuses[400] ??= 'Invalid query';
  if (spec.body) {
    statuses[400] ??= 'Invalid body';
    statuses[413] ??= 'Body larger than BODY_LIMIT';
    statuses[415] ??= 'Body encoding or charset not supported';
  }
  return statuses;
}

/** The header an API reader sends with cookie writes; listed per route in the document. */
export const csrfHeaderOf = (spec: RouteShape) => spec.access === 'team' && spec.method !== 'get';

/** Marks a handler with its spec, so a walk of the router finds the spec behind each route. */
export const SPEC = Symbol('route spec');
export type SpecHandler = RequestHandler & { [SPEC]: RouteSpec };

function handlerOf(spec: RouteSpec, { services, publicUrl }: MountContext): SpecHandler {
  const handler: RequestHandler = async (req, res) => {
    const query = spec.query ? parseInput(spec.query, req.query, 'query') : undefined;
    const body = spec.body ? parseInput(spec.body, req.body, 'body') : undefined;
    const audit: RouteInput<unknown, unknown>['audit'] = async (event, as) => {
      const { projectId, actor } = as ?? { projectId: projectOf(res).id, actor: actorOf(res) };
      // The change is made: failing to record it must not turn its answer into an error.
      await services.audit.record(projectId, actor, event).catch((err: unknown) => {
        req.log?.error({ err, event }, 'audit entry not recorded');
      });
    };
    await spec.handle({
      services,
      params: req.params as Record<string, string>,
      query,
      body,
      req,
      res,
      publicUrl,
      audit,
    });
  };
  return Object.assign(handler, { [SPEC]: spec });
}

/** Mounts each spec with exactly the middleware its fields name. */
export function mountRoutes(app: Express, specs: readonly RouteSpec[], ctx: MountContext): void {
  const settle = settleIngest(ctx.services.ingest);
  const json = express.json({ limit: ctx.bodyLimit });
  for (const spec of specs) {
    const chain: RequestHandler[] = [...(spec.before?.(ctx) ?? [])];
    const permission = permissionOf(spec);
    if (permission) chain.push(requireAccess(ctx.services, permission));
    if (spec.body) chain.push(json, rejectUnstorable);
    if (spec.settles) chain.push(settle);
    app[spec.method](spec.path, ...chain, handlerOf(spec, ctx));
  }
}
