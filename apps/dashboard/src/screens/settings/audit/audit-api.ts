import type { AuditListQuery, AuditPage, MemberList } from '@pulse/shared/contracts';
import type { Api } from '../../../lib/api.js';

/** The requests of the audit log section: its pages, and the members (to name actors and filter by them). */
export function auditApi(api: Api) {
  return {
    page: (query: Partial<AuditListQuery>) =>
      api.request<AuditPage>('GET', `/v1/audit${api.queryString(query)}`),
    members: async () => (await api.request<MemberList>('GET', '/v1/members')).items,
  };
}

export type AuditApi = ReturnType<typeof auditApi>;
