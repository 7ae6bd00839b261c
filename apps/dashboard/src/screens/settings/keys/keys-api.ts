import type {
  ApiKey,
  ApiKeyCreated,
  ApiKeyList,
  ApiKeyRotated,
  OriginList,
  ProjectInfo,
} from '@pulse/shared/contracts';
import type { Api } from '../../../lib/api.js';

/** The requests of the API keys section: the keys, and the project's allowed origins. */
export function keysApi(api: Api) {
  return {
    list: async () => (await api.request<ApiKeyList>('GET', '/v1/api-keys')).items,
    create: (name: string) => api.request<ApiKeyCreated>('POST', '/v1/api-keys', { name }),
    revoke: (id: string) => api.request<ApiKey>('POST', `/v1/api-keys/${id}/revoke`),
    rotate: (id: string, gracePeriodSeconds: number) =>
      api.request<ApiKeyRotated>('POST', `/v1/api-keys/${id}/rotate`, { gracePeriodSeconds }),
    origins: async () => (await api.request<ProjectInfo>('GET', '/v1/project')).origins,
    replaceOrigins: async (origins: string[]) =>
      (await api.request<OriginList>('PUT', '/v1/project/origins', { origins })).origins,
  };
}

export type KeysApi = ReturnType<typeof keysApi>;
