import type {
  Invite,
  InviteCreate,
  InviteCreated,
  InviteList,
  Member,
  MemberList,
  Role,
} from '@pulse/shared/contracts';
import type { Api } from '../../../lib/api.js';

const member = (email: string) => `/v1/members/${encodeURIComponent(email)}`;

/** The requests of the team section: members and their roles, and invites. */
export function teamApi(api: Api) {
  return {
    members: async () => (await api.request<MemberList>('GET', '/v1/members')).items,
    changeRole: (email: string, role: Role) => api.request<Member>('PATCH', member(email), { role }),
    remove: (email: string) => api.request<void>('DELETE', member(email)),
    invites: async () => (await api.request<InviteList>('GET', '/v1/invites')).items,
    invite: (input: InviteCreate) => api.request<InviteCreated>('POST', '/v1/invites', input),
    withdraw: (id: string) => api.request<void>('DELETE', `/v1/invites/${id}`),
  };
}

export type TeamApi = ReturnType<typeof teamApi>;
export type { Invite, Member };
