import { parseCookie } from 'cookie';

/** The dashboard's session cookie: an opaque token whose hash names a stored session. */
export const SESSION_COOKIE = 'pulse_session';

/** The session token in a Cookie header, if any. */
export function sessionTokenOf(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
}
