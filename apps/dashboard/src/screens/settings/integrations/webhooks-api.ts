import type {
  ProjectInfo,
  Webhook,
  WebhookCreate,
  WebhookCreated,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookList,
  WebhookUpdate,
} from '@pulse/shared/contracts';
import type { Api } from '../../../lib/api.js';

/** The webhook routes only the integrations screen calls, on the shell's client. */
export function webhooksApi(api: Api) {
  const base = (id: string) => `/v1/webhooks/${encodeURIComponent(id)}`;
  return {
    /** What the caller may do here, as the API decides it (`webhooks.manage` to change anything). */
    permissions: async () => (await api.request<ProjectInfo>('GET', '/v1/project')).permissions,
    list: async () => (await api.request<WebhookList>('GET', '/v1/webhooks')).items,
    create: (body: WebhookCreate) => api.request<WebhookCreated>('POST', '/v1/webhooks', body),
    update: (id: string, patch: WebhookUpdate) => api.request<Webhook>('PATCH', base(id), patch),
    remove: (id: string) => api.request<void>('DELETE', base(id)),
    sendTest: (id: string) => api.request<WebhookDelivery>('POST', `${base(id)}/test`),
    deliveries: (id: string, cursor?: string, limit = 20) =>
      api.request<WebhookDeliveryList>('GET', `${base(id)}/deliveries${api.queryString({ cursor, limit })}`),
    delivery: (id: string, deliveryId: string) =>
      api.request<WebhookDelivery>('GET', `${base(id)}/deliveries/${encodeURIComponent(deliveryId)}`),
    retry: (id: string, deliveryId: string) =>
      api.request<WebhookDelivery>('POST', `${base(id)}/deliveries/${encodeURIComponent(deliveryId)}/retry`),
  };
}

export type WebhooksApi = ReturnType<typeof webhooksApi>;
