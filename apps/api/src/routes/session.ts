import {
  CSRF_HEADER,
  DashboardLocale,
  SessionCreate,
  type SessionInfo,
  SessionInfo as SessionInfoSchema,
  SessionPatch,
} from '@pulse/shared';
import { stringifySetCookie } from 'cookie';
import type { Request, RequestHandler, Response } from 'express';
import { HttpError } from '../errors.js';
import { SESSION_COOKIE, sessionTokenOf } from '../lib/session-cookie.js';
import { assertSameSite } from '../middleware/auth.js';
import { limitPerAddress } from '../middleware/rate-limit.js';
import type { ActiveSession } from '../services/access/sessions.js';
import type { Services } from '../services/index.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

function setSessionCookie(req: Request, res: Response, value: string, expires: Date): void {
  res.append(
    'Set-Cookie',
    stringifySetCookie({
      name: SESSION_COOKIE,
      value,
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      // req.secure honours TRUST_PROXY, so a TLS-terminating proxy still gets Secure cookies.
      secure: req.secure,
      expires,
    }),
  );
}

async function sessionInfo(
  services: Services,
  { member, expiresAt }: Pick<ActiveSession, 'member' | 'expiresAt'>,
): Promise<SessionInfo> {
  return {
    member: {
      email: member._id,
      name: member.name ?? null,
      locale: DashboardLocale.catch(null).parse(member.locale ?? null),
    },
    projects: await services.members.membershipsOf(member),
    expiresAt: expiresAt.toISOString(),
  };
}

/** Before the body is read: a cross-site write is refused whatever it carries. */
const sameSite: RequestHandler = (req, _res, next) => {
  assertSameSite(req);
  next();
};

const csrfHeader = {
  [CSRF_HEADER]: { description: 'Must be `1` (a cross-site form cannot set it)', required: true },
};
const csrfRefused = { 403: { description: `Missing ${CSRF_HEADER} header, or another site's Origin` } };

/**
 * Dashboard sign-in (`POST`), who am I (`GET`), my own preferences (`PATCH`) and
 * sign-out (`DELETE`) on /v1/session.
 */
export const sessionRoutes: RouteSpec[] = [
  defineRoute({
    method: 'post',
    path: '/v1/session',
    summary: 'Dashboard sign-in: sets an httpOnly SameSite=Lax session cookie',
    tag: 'Dashboard',
    access: 'none',
    headers: csrfHeader,
    // Only failed attempts count, so a team behind one NAT is not locked out by signing in.
    before: ({ rateLimits }) => [
      limitPerAddress(rateLimits, {
        name: 'sign-in',
        windowMs: 15 * 60_000,
        limit: 10,
        onlyFailures: true,
        message: 'Too many failed sign-ins from this address; wait 15 minutes.',
      }),
      sameSite,
    ],
    body: SessionCreate,
    responses: {
      201: { description: 'Signed in', schema: SessionInfoSchema },
      401: { description: 'Wrong e-mail or password' },
      ...csrfRefused,
      429: { description: 'Too many failed sign-ins' },
    },
    async handle({ services, body, req, res }) {
      const member = await services.members.authenticate(body.email, body.password);
      if (!member) throw new HttpError(401, 'invalid_credentials', 'That e-mail and password do not match.');
      const { token, expiresAt } = await services.sessions.openSession(member);
      setSessionCookie(req, res, token, expiresAt);
      res.status(201).json(await sessionInfo(services, { member, expiresAt }));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/session',
    summary: 'Who is signed in, with their projects and roles (204 when nobody is)',
    description:
      'Not being signed in is an ordinary answer here (204), not an error: the dashboard asks on every load.',
    tag: 'Dashboard',
    access: 'none',
    responses: {
      200: { description: 'The session', schema: SessionInfoSchema },
      204: { description: 'Not signed in' },
    },
    async handle({ services, req, res }) {
      const session = await services.sessions.resolve(sessionTokenOf(req.get('cookie')));
      res.set('Cache-Control', 'no-store');
      if (!session) return void res.status(204).end();
      res.json(await sessionInfo(services, session));
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/session',
    summary: "The signed-in member's own preferences: the dashboard language",
    description:
      'Stored on the member, not the session, so the choice follows them to any browser they sign in from (`member.locale` in `GET /v1/session`). `null` goes back to following the browser. Any member may set it, a viewer too: it changes nothing of the project.',
    tag: 'Dashboard',
    access: 'none',
    headers: csrfHeader,
    before: () => [sameSite],
    body: SessionPatch,
    responses: {
      200: { description: 'The session, with the new preference', schema: SessionInfoSchema },
      401: { description: 'Not signed in' },
      ...csrfRefused,
    },
    async handle({ services, body, req, res }) {
      const session = await services.sessions.resolve(sessionTokenOf(req.get('cookie')));
      if (!session) throw new HttpError(401, 'unauthorized', 'Sign in to the dashboard first.');
      const member = await services.preferences.setLocale(session.member, body.locale);
      res.set('Cache-Control', 'no-store');
      res.json(await sessionInfo(services, { member, expiresAt: session.expiresAt }));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/session',
    summary: 'Sign out',
    tag: 'Dashboard',
    access: 'none',
    headers: csrfHeader,
    before: () => [sameSite],
    responses: { 204: { description: 'Signed out' }, ...csrfRefused },
    async handle({ services, req, res }) {
      const session = await services.sessions.resolve(sessionTokenOf(req.get('cookie')));
      if (session) await services.sessions.revoke(session.id);
      setSessionCookie(req, res, '', new Date(0));
      res.status(204).end();
    },
  }),
];
