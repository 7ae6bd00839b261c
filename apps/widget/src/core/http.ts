import type { PublicSurveyConfig } from '@pulse/shared/contracts';
import type { PendingAnswer, SendOutcome, Transport } from './queue.js';

/** The widget's one HTTP client: survey config in, answers out. */
export interface HttpClient extends Transport {
  /** The survey to run for a visitor who reads these languages, best first. */
  surveyConfig(publicKey: string, languages: readonly string[]): Promise<PublicSurveyConfig | undefined>;
}

/** 408 and 429 are worth another try; any other 4xx will fail the same way forever. */
export function outcomeOf(status: number): SendOutcome {
  if (status < 400) return 'done';
  return status >= 500 || status === 408 || status === 429 ? 'retry' : 'done';
}

export function createHttpClient(apiBase: string): HttpClient {
  const base = apiBase.replace(/\/+$/, '');
  const responsesUrl = `${base}/v1/public/responses`;
  return {
    async surveyConfig(publicKey, languages) {
      // `lang` lets the API pick the survey in the visitor's language: primary subtags
      // (`ar-EG` → `ar`), so caches see few variants. Not encoded: a browser's tags need
      // none, and a malformed hint from the site only reaches the API as junk it ignores.
      const lang = languages.map((tag) => tag.split('-')[0]);
      try {
        const res = await fetch(
          `${base}/v1/public/projects/${encodeURIComponent(publicKey)}/survey?lang=${lang}`,
        );
        return res.ok ? ((await res.json()) as PublicSurveyConfig) : undefined;
      } catch {
        return undefined;
      }
    },
    async send(answer: PendingAnswer) {
      try {
        const res = await fetch(responsesUrl, {
          method: 'POST',
          keepalive: true,
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': answer.idempotencyKey },
          body: JSON.stringify(answer),
        });
        return outcomeOf(res.status);
      } catch {
        return 'retry';
      }
    },
    beacon(answer: PendingAnswer) {
      // sendBeacon cannot set headers: the key travels in the body, and a string body goes
      // as text/plain;charset=UTF-8 (a CORS-safelisted type: no preflight).
      try {
        return navigator.sendBeacon(responsesUrl, JSON.stringify(answer));
      } catch {
        return false;
      }
    },
  };
}
