import type { InvitationAccept, InvitationPreview, SessionInfo } from '@pulse/shared/contracts';
import { INVITE_HEADER } from '@pulse/shared/names';
import { createApi } from '../../lib/api.js';

/**
 * The invitee's two requests, made by the dashboard's one client with the link's token
 * in its header (never in a URL, so no log keeps it).
 */
export function invitationApi(
  token: string,
  baseUrl = '',
  fetchImpl: typeof fetch = (...args) => fetch(...args),
) {
  const api = createApi(baseUrl, (input, init) =>
    fetchImpl(input, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), [INVITE_HEADER]: token },
    }),
  );
  return {
    preview: () => api.request<InvitationPreview>('GET', '/v1/invitation'),
    accept: (input: InvitationAccept) => api.request<SessionInfo>('POST', '/v1/invitation/accept', input),
  };
}

export type InvitationApi = ReturnType<typeof invitationApi>;
