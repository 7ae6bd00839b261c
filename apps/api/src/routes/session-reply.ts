import { CSRF_HEADER, DashboardLocale, type SessionInfo } from '@pulse/shared';
import { stringifySetCookie } from 'cookie';
import type { Request, RequestHandler, Response } from 'express';
import type { MemberDoc } from '../db/member.js';
import { SESSION_COOKIE } from '../lib/session-cookie.js';
import { assertSameSite } from '../middleware/auth.js';
import { limitPerAddress, type RateLimitStores } from '../middleware/rate-limit.js';
import type { ActiveSession } from '../services/access/sessions.js';
import type { Services } from '../services/index.js';

/** What signing in and accepting an invite share: the session cookie and the session's description. */
export function setSessionCookie(req: Request, res: Response, value: string, expires: Date): void {
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

export async function sessionInfo(
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

/** Opens a session for the member, sets its cookie and answers 201 with the session. */
export async function openSessionReply(
  services: Services,
  member: MemberDoc,
  req: Request,
  res: Response,
): Promise<void> {
  const { token, expiresAt } = await services.sessions.openSession(member);
  setSessionCookie(req, res, token, expiresAt);
  res.status(201).json(await sessionInfo(services, { member, expiresAt }));
}

/** Before the body is read: a cross-site write is refused whatever it carries. */
export const sameSite: RequestHandler = (req, _res, next) => {
  assertSameSite(req);
  next();
};

export const csrfHeader = {
  [CSRF_HEADER]: { description: 'Must be `1` (a cross-site form cannot set it)', required: true },
};
export const csrfRefused = {
  403: { description: `Missing ${CSRF_HEADER} header, or another site's Origin` },
};

/**
 * Sign-in and accepting an invite both check a password: 10 failures per address in
 * 15 minutes, then 429. Only failures count, so a team behind one NAT is not locked out.
 */
export const limitFailedPasswords = (rateLimits: RateLimitStores, name: string, what: string) =>
  limitPerAddress(rateLimits, {
    name,
    windowMs: 15 * 60_000,
    limit: 10,
    onlyFailures: true,
    message: `Too many failed ${what} from this address; wait 15 minutes.`,
  });
