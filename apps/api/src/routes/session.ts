import { SessionCreate, SessionInfo, SessionPatch } from '@pulse/shared';
import { HttpError } from '../errors.js';
import { sessionTokenOf } from '../lib/session-cookie.js';
import { defineRoute, type RouteSpec } from './route-spec.js';
import {
  csrfHeader,
  csrfRefused,
  limitFailedPasswords,
  openSessionReply,
  sameSite,
  sessionInfo,
  setSessionCookie,
} from './session-reply.js';

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
    before: ({ rateLimits }) => [limitFailedPasswords(rateLimits, 'sign-in', 'sign-ins'), sameSite],
    body: SessionCreate,
    responses: {
      201: { description: 'Signed in', schema: SessionInfo },
      401: { description: 'Wrong e-mail or password' },
      ...csrfRefused,
      429: { description: 'Too many failed sign-ins' },
    },
    async handle({ services, body, req, res }) {
      const member = await services.members.authenticate(body.email, body.password);
      if (!member) throw new HttpError(401, 'invalid_credentials', 'That e-mail and password do not match.');
      await openSessionReply(services, member, req, res);
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
      200: { description: 'The session', schema: SessionInfo },
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
      200: { description: 'The session, with the new preference', schema: SessionInfo },
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
