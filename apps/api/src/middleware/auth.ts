import { CSRF_HEADER, PROJECT_HEADER, type Role } from '@pulse/shared';
import type { Request, RequestHandler, Response } from 'express';
import type { ProjectDoc } from '../db/project.js';
import { HttpError } from '../errors.js';
import { sessionTokenOf } from '../lib/session-cookie.js';
import type { ProjectService } from '../services/access/projects.js';
import type { ActiveSession, SessionService } from '../services/access/sessions.js';

/** Admin routes: `Authorization: Bearer sk_…` resolves to the project it belongs to. */
export function requireApiKey(projects: ProjectService): RequestHandler {
  return async (req, res, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    if (!match) {
      res.set('WWW-Authenticate', 'Bearer');
      throw new HttpError(401, 'unauthorized', 'Send your API key as "Authorization: Bearer sk_…".');
    }
    const project = await projects.findByApiKey(match[1]!);
    if (!project) {
      res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new HttpError(401, 'unauthorized', 'This API key is not valid.');
    }
    res.locals.project = project;
    next();
  };
}

/** The project that `requireApiKey` authenticated. */
export function projectOf(res: Response): ProjectDoc & { id: string } {
  const project = res.locals.project as ProjectDoc | undefined;
  if (!project) throw new Error('projectOf() used on a route without requireApiKey');
  return { ...project, id: project._id.toHexString() };
}

/** Who is acting: a team member (by e-mail and role) or an API-key caller (full access). */
export type Actor = { kind: 'apiKey' } | { kind: 'member'; email: string; role: Role };

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

/**
 * Admin routes: an API key (`Authorization: Bearer sk_…`, full access) or a
 * dashboard session cookie (a member's role in the chosen project; a viewer
 * may only read, and writes must pass the CSRF check).
 */
export function requireAccess(deps: { projects: ProjectService; sessions: SessionService }): RequestHandler {
  const byApiKey = requireApiKey(deps.projects);
  return async (req, res, next) => {
    const token = sessionTokenOf(req.get('cookie'));
    if (req.get('authorization') || !token) {
      res.locals.actor = { kind: 'apiKey' } satisfies Actor;
      return byApiKey(req, res, next);
    }
    const session = await deps.sessions.resolve(token);
    if (!session) throw new HttpError(401, 'unauthorized', 'Your session has ended; sign in again.');
    const { projectId, role } = chooseProject(session, req);
    if (!READ_METHODS.has(req.method)) {
      assertSameSite(req);
      if (role === 'viewer')
        throw new HttpError(
          403,
          'forbidden',
          'Viewers can look but not change anything; ask an owner for the agent role.',
        );
    }
    const project = await deps.projects.findById(projectId);
    if (!project) throw new HttpError(403, 'forbidden', 'That project no longer exists.');
    res.locals.project = project;
    res.locals.actor = { kind: 'member', email: session.member._id, role } satisfies Actor;
    next();
  };
}

/** The actor as follow-up history names it: a member's e-mail, or `api`. */
export function actorOf(res: Response): string {
  const actor = res.locals.actor as Actor | undefined;
  return actor?.kind === 'member' ? actor.email : 'api';
}
