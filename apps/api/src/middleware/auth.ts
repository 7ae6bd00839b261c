import {
  API_KEY_ROLE,
  CSRF_HEADER,
  can,
  type Permission,
  PROJECT_HEADER,
  type Role,
  rolesWith,
} from '@pulse/shared';
import type { Request, RequestHandler, Response } from 'express';
import type { ProjectDoc } from '../db/project.js';
import { HttpError } from '../errors.js';
import { sessionTokenOf } from '../lib/session-cookie.js';
import type { ApiKeyService } from '../services/access/api-keys.js';
import type { ProjectService } from '../services/access/projects.js';
import type { ActiveSession, SessionService } from '../services/access/sessions.js';

/** Who is acting: a team member (by e-mail and role) or an API key (acting as an owner). */
export type Actor =
  | { kind: 'apiKey'; keyId: string; prefix: string; role: Role }
  | { kind: 'member'; email: string; role: Role };

/** The project that requireAccess authenticated. */
export function projectOf(res: Response): ProjectDoc & { id: string } {
  const project = res.locals.project as ProjectDoc | undefined;
  if (!project) throw new Error('projectOf() used on a route without requireAccess');
  return { ...project, id: project._id.toHexString() };
}

/** Who requireAccess authenticated. */
export function callerOf(res: Response): Actor {
  const actor = res.locals.actor as Actor | undefined;
  if (!actor) throw new Error('callerOf() used on a route without requireAccess');
  return actor;
}

/** The actor as history and the audit log name it: a member's e-mail, or `api:<key prefix>`. */
export const actorOf = (res: Response): string => {
  const actor = callerOf(res);
  return actor.kind === 'member' ? actor.email : `api:${actor.prefix}`;
};

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated writes: the custom `X-Pulse-CSRF`
 * header is required (a cross-site form or image cannot set it, and a
 * cross-site fetch that sets it needs a CORS preflight this API never grants),
 * and an Origin header, when the browser sends one, must be this site's own.
 */
export function assertSameSite(req: Request): void {
  const origin = req.get('origin');
  if (origin && origin !== `${req.protocol}://${req.get('host')}`) {
    throw new HttpError(403, 'csrf_failed', 'This request came from another site.');
  }
  if (req.get(CSRF_HEADER) !== '1') {
    throw new HttpError(
      403,
      'csrf_failed',
      `Send the header "${CSRF_HEADER}: 1" with requests that change something.`,
    );
  }
}

/** Picks the project a member is working in: the only one, or the one named by X-Pulse-Project. */
function chooseProject(session: ActiveSession, req: Request): { projectId: string; role: Role } {
  const wanted = req.get(PROJECT_HEADER);
  const memberships = session.member.projects;
  if (memberships.length === 0)
    throw new HttpError(403, 'forbidden', 'You are no longer a member of any project.');
  const match = wanted
    ? memberships.find((p) => p.projectId === wanted)
    : memberships.length === 1
      ? memberships[0]
      : undefined;
  if (!match) {
    throw wanted
      ? new HttpError(403, 'forbidden', 'You are not a member of that project.')
      : new HttpError(
          400,
          'project_required',
          `You belong to several projects; name one in the ${PROJECT_HEADER} header.`,
        );
  }
  return { projectId: match.projectId, role: match.role as Role };
}

/** 403 unless the role has the permission; the error names both, and who does have it. */
function assertPermitted(role: Role, permission: Permission): void {
  if (can(role, permission)) return;
  const allowed = rolesWith(permission);
  throw new HttpError(
    403,
    'forbidden',
    `Your role (${role}) cannot do this: it needs "${permission}", which ${allowed.join(' and ')} ${allowed.length > 1 ? 'have' : 'has'}. Ask an owner.`,
    { permission, role, allowedRoles: allowed },
  );
}

interface AccessDeps {
  projects: ProjectService;
  sessions: SessionService;
  apiKeys: ApiKeyService;
}

/** `Authorization: Bearer sk_…`: the key's project, with an owner's permissions. */
async function byApiKey(deps: AccessDeps, req: Request, res: Response) {
  const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
  if (!match) {
    res.set('WWW-Authenticate', 'Bearer');
    throw new HttpError(401, 'unauthorized', 'Send your API key as "Authorization: Bearer sk_…".');
  }
  const key = await deps.apiKeys.authenticate(match[1]!);
  const project = key && (await deps.projects.findById(key.projectId));
  if (!key || !project) {
    res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
    throw new HttpError(401, 'unauthorized', 'This API key is not valid, or it was revoked.');
  }
  const actor: Actor = { kind: 'apiKey', keyId: key.keyId, prefix: key.prefix, role: API_KEY_ROLE };
  return { project, actor };
}

/** The dashboard session cookie: the member's role in the chosen project; writes pass the CSRF check. */
async function bySession(deps: AccessDeps, token: string, req: Request) {
  const session = await deps.sessions.resolve(token);
  if (!session) throw new HttpError(401, 'unauthorized', 'Your session has ended; sign in again.');
  const { projectId, role } = chooseProject(session, req);
  if (!READ_METHODS.has(req.method)) assertSameSite(req);
  const project = await deps.projects.findById(projectId);
  if (!project) throw new HttpError(403, 'forbidden', 'That project no longer exists.');
  const actor: Actor = { kind: 'member', email: session.member._id, role };
  return { project, actor };
}

/**
 * Team routes: an API key or a dashboard session, and the route's permission
 * (`ROLE_PERMISSIONS` in packages/shared) for the caller's role.
 */
export function requireAccess(deps: AccessDeps, permission: Permission): RequestHandler {
  return async (req, res, next) => {
    const token = sessionTokenOf(req.get('cookie'));
    const { project, actor } =
      req.get('authorization') || !token ? await byApiKey(deps, req, res) : await bySession(deps, token, req);
    assertPermitted(actor.role, permission);
    res.locals.project = project;
    res.locals.actor = actor;
    next();
  };
}
