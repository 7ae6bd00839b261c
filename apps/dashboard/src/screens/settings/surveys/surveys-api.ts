/** The requests only the surveys section makes, on the shell's one HTTP client. */
import type {
  Installation,
  InstallSnippet,
  ProjectInfo,
  Survey,
  SurveyCreate,
  SurveyPatch,
} from '@pulse/shared/contracts';
import type { Api } from '../../../lib/api.js';

export function surveysApi(api: Api) {
  return {
    list: async () => (await api.request<{ items: Survey[] }>('GET', '/v1/surveys')).items,
    get: (id: string) => api.request<Survey>('GET', `/v1/surveys/${encodeURIComponent(id)}`),
    create: (survey: SurveyCreate) => api.request<Survey>('POST', '/v1/surveys', survey),
    update: (id: string, patch: SurveyPatch) =>
      api.request<Survey>('PATCH', `/v1/surveys/${encodeURIComponent(id)}`, patch),
    /** The caller's permissions: whether to offer changes at all (the API refuses them anyway). */
    project: () => api.request<ProjectInfo>('GET', '/v1/project'),
    snippet: () => api.request<InstallSnippet>('GET', '/v1/project/snippet'),
    installation: () => api.request<Installation>('GET', '/v1/project/installation'),
  };
}

export type SurveysApi = ReturnType<typeof surveysApi>;
