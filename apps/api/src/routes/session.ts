import { SessionCreate, type SessionInfo } from '@pulse/shared';
import { stringifySetCookie } from 'cookie';
import express, { type Request, type Response, Router } from 'express';
import { HttpError } from '../errors.js';
import { assertSameSite, sessionTokenOf } from '../middleware/auth.js';
import { limitPerAddress, type RateLimitStores } from '../middleware/rate-limit.js';
import { rejectUnstorable } from '../middleware/storable-body.js';
import { parseInput } from '../middleware/validate.js';
import type { Services } from '../services/index.js';
import { type ActiveSession, SESSION_COOKIE } from '../services/sessions.js';

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
    member: { email: member._id, name: member.name ?? null },
    projects: await services.members.membershipsOf(member),
    expiresAt: expiresAt.toISOString(),
  };
}

/** Dashboard sign-in (`POST`), who am I (`GET`) and sign-out (`DELETE`) on /v1/session. */
export function sessionRouter(
  services: Services,
  opts: { bodyLimit: string; rateLimits: RateLimitStores },
): Router {
  const router = Router();
  // Only failed attempts count, so a team behind one NAT is not locked out by signing in.
  const limiter = limitPerAddress(opts.rateLimits, {
    name: 'sign-in',
    windowMs: 15 * 60_000,
    limit: 10,
    onlyFailures: true,
    message: 'Too many failed sign-ins from this address; wait 15 minutes.',
  });

  router.post(
    '/v1/session',
    limiter,
    express.json({ limit: opts.bodyLimit }),
    rejectUnstorable,
    async (req, res) => {
      assertSameSite(req);
      const { email, password } = parseInput(SessionCreate, req.body, 'sign-in');
      const member = await services.members.authenticate(email, password);
      if (!member) throw new HttpError(401, 'invalid_credentials', 'That e-mail and password do not match.');
      const { token, expiresAt } = await services.sessions.openSession(member);
      setSessionCookie(req, res, token, expiresAt);
      res.status(201).json(await sessionInfo(services, { member, expiresAt }));
    },
  );

  router.get('/v1/session', async (req, res) => {
    const session = await services.sessions.resolve(sessionTokenOf(req.get('cookie')));
    if (!session) throw new HttpError(401, 'unauthorized', 'You are not signed in.');
    res.set('Cache-Control', 'no-store').json(await sessionInfo(services, session));
  });

  router.delete('/v1/session', async (req, res) => {
    assertSameSite(req);
    const session = await services.sessions.resolve(sessionTokenOf(req.get('cookie')));
    if (session) await services.sessions.revoke(session.id);
    setSessionCookie(req, res, '', new Date(0));
    res.status(204).end();
  });

  return router;
}
