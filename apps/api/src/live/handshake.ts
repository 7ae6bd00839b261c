import { sessionTokenOf } from '../lib/session-cookie.js';

/** What the gateway needs to know of access, given by the runtime (the access services do it). */
export interface HandshakeAccessPort {
  /** The project an API key belongs to, or null. */
  projectOfApiKey(apiKey: string): Promise<string | null>;
  /** The session a cookie token stands for, with the member's projects, or null. */
  sessionOf(token: string | undefined): Promise<{ id: string; expiresAt: Date; projectIds: string[] } | null>;
}

/** What a Socket.io handshake is allowed to watch. */
export interface HandshakeAccess {
  projectIds: string[];
  /** Set for cookie sessions, so sign-out can disconnect the session's sockets. */
  session?: { id: string; expiresAt: Date };
}

/**
 * Authenticates a `/live` handshake: `auth.apiKey` (its project), or the
 * session cookie (the member's projects, or the one named in `auth.projectId`).
 * WebSockets ignore CORS, so a cookie handshake from another site's page is
 * refused by its Origin (cross-site WebSocket hijacking).
 */
export async function authenticateHandshake(
  handshake: {
    auth: Record<string, unknown>;
    headers: { cookie?: string | undefined; origin?: string | undefined; host?: string | undefined };
  },
  access: HandshakeAccessPort,
): Promise<HandshakeAccess | null> {
  const { apiKey, projectId } = handshake.auth;
  if (typeof apiKey === 'string') {
    const project = await access.projectOfApiKey(apiKey);
    return project ? { projectIds: [project] } : null;
  }
  const { origin, host } = handshake.headers;
  if (origin && URL.canParse(origin) && new URL(origin).host !== host) return null;
  const session = await access.sessionOf(sessionTokenOf(handshake.headers.cookie));
  if (!session) return null;
  const projectIds =
    typeof projectId === 'string' ? session.projectIds.filter((id) => id === projectId) : session.projectIds;
  return projectIds.length > 0
    ? { projectIds, session: { id: session.id, expiresAt: session.expiresAt } }
    : null;
}
