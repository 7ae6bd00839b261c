import type {
  ErrorBody,
  EventPage,
  FilterOptions,
  FilterOptionsQuery,
  FollowUp,
  FollowUpListQuery,
  FollowUpPage,
  FollowUpPatch,
  ResponseCsvQuery,
  ResponseListQuery,
  ResponsePage,
  SessionInfo,
  SessionPatch,
  Summary,
  SummaryQuery,
  Survey,
} from '@pulse/shared/contracts';
import { CSRF_HEADER, PROJECT_HEADER } from '@pulse/shared/names';

/** An error the API answered with `{ error: { code, message, details? } }` (or a network failure). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | undefined>;

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The dashboard's one HTTP client. Same origin, so the session cookie rides
 * along; writes carry the CSRF header the API requires of cookie requests.
 */
export function createApi(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)) {
  let projectId: string | undefined;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', [CSRF_HEADER]: '1' };
    if (projectId) headers[PROJECT_HEADER] = projectId;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError(0, 'network', 'Network error');
    }
    if (res.status === 204) return undefined as T;
    const isJson = res.headers.get('content-type')?.includes('application/json');
    if (!res.ok) {
      const err = isJson
        ? ((await res.json()) as ErrorBody).error
        : { code: 'http_error', message: res.statusText };
      throw new ApiError(res.status, err.code, err.message, 'details' in err ? err.details : undefined);
    }
    return (isJson ? await res.json() : await res.blob()) as T;
  }

  return {
    /**
     * Any call, typed by the caller: a screen keeps the requests only it makes in its own
     * module (`screens/<name>/…-api.ts`) on top of this, instead of growing this file.
     */
    request: call,
    /** `?a=1&b=2` from a query object, leaving out empty values. */
    queryString,
    useProject(id: string | undefined) {
      projectId = id;
    },
    get projectId() {
      return projectId;
    },
    /** The signed-in member, or null (204) when nobody is. */
    session: async () => (await call<SessionInfo | undefined>('GET', '/v1/session')) ?? null,
    signIn: (email: string, password: string) =>
      call<SessionInfo>('POST', '/v1/session', { email, password }),
    signOut: () => call<void>('DELETE', '/v1/session'),
    /** The member's own preferences (the dashboard language), kept for every browser. */
    updateSession: (patch: SessionPatch) => call<SessionInfo>('PATCH', '/v1/session', patch),
    surveys: () => call<{ items: Survey[] }>('GET', '/v1/surveys'),
    summary: (surveyId: string, q: SummaryQuery) =>
      call<Summary>('GET', `/v1/surveys/${surveyId}/summary${queryString({ ...q })}`),
    filterOptions: (surveyId: string, q: FilterOptionsQuery) =>
      call<FilterOptions>('GET', `/v1/surveys/${surveyId}/filter-options${queryString(q)}`),
    responses: (surveyId: string, q: Partial<Omit<ResponseListQuery, 'surveyId'>>) =>
      call<ResponsePage>('GET', `/v1/responses${queryString({ surveyId, ...q })}`),
    responsesCsv: (surveyId: string, q: Omit<ResponseCsvQuery, 'surveyId'>) =>
      call<Blob>('GET', `/v1/responses.csv${queryString({ surveyId, ...q })}`),
    eventsAfter: (after: number, limit?: number) =>
      call<EventPage>('GET', `/v1/events${queryString({ after, limit })}`),
    /** The id of the newest event the project has published: where a snapshot stands in the stream. */
    latestEventId: async () => (await call<EventPage>('GET', '/v1/events?after=0&limit=1')).lastEventId,
    followUps: (q: Partial<FollowUpListQuery>) =>
      call<FollowUpPage>('GET', `/v1/followups${queryString({ ...q })}`),
    updateFollowUp: (id: string, patch: FollowUpPatch) =>
      call<FollowUp>('PATCH', `/v1/followups/${id}`, patch),
  };
}

export type Api = ReturnType<typeof createApi>;
