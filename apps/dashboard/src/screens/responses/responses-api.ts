import type { RespondentTimeline, ResponseDetail } from '@pulse/shared/contracts';
import type { Api } from '../../lib/api.js';

/** The explorer's own reads beyond the shell's list and CSV: one answer, one respondent's answers. */
export function responsesApi(api: Api) {
  return {
    answer: (id: string) => api.request<ResponseDetail>('GET', `/v1/responses/${encodeURIComponent(id)}`),
    timeline: (respondentId: string, cursor?: string) =>
      api.request<RespondentTimeline>(
        'GET',
        `/v1/respondents/${encodeURIComponent(respondentId)}/responses${api.queryString({ cursor, limit: 20 })}`,
      ),
  };
}

export type ResponsesApi = ReturnType<typeof responsesApi>;
