import { randomUUID } from 'node:crypto';
import type { ProjectCreated, ResponseCreated, ResponseInput, Survey, SurveyCreate } from '@pulse/shared';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { DEMO_SURVEY } from '../seed/demo.js';
import { type RunningServer, startServer } from '../server.js';
import { testDatabaseUrl } from './database.js';

export { testDatabaseUrl } from './database.js';
export {
  eventually,
  type ReceivedDelivery,
  startWebhookReceiver,
  type WebhookReceiver,
} from './webhook-receiver.js';

export interface TestApi {
  url: string;
  /** The database this API uses; pass it as `mongoUrl` to start a second process on it. */
  mongoUrl: string;
  server: RunningServer;
  createProject(options?: { name?: string; origins?: string[] }): Promise<ProjectCreated>;
  createSurvey(apiKey: string, overrides?: Partial<SurveyCreate>): Promise<Survey>;
  /**
   * Posts an answer over HTTP as the widget does, with a fresh idempotency key unless
   * one is given; resolves once it is stored (201, or 200 for a replay), else throws.
   */
  answer(
    publicKey: string,
    surveyId: string,
    fields: Omit<ResponseInput, 'publicKey' | 'surveyId'>,
    idempotencyKey?: string,
  ): Promise<ResponseCreated>;
  countResponses(surveyId: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * A real API on a free loopback port over its own database, for tests in any
 * workspace (widget and dashboard browser tests included).
 */
export async function startTestApi(
  options: { label?: string; redisUrl?: string; mongoUrl?: string; env?: Record<string, string> } = {},
): Promise<TestApi> {
  const config = loadConfig({
    MONGO_URL: options.mongoUrl ?? testDatabaseUrl(options.label ?? 'api'),
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PUBLIC_RATE_LIMIT: '100000',
    // Test receivers listen on loopback.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  });
  const server = await startServer(config, createLogger(config.LOG_LEVEL));
  await server.ready;
  const { services } = server;
  return {
    url: server.url,
    mongoUrl: config.MONGO_URL,
    server,
    createProject: ({ name = 'Test project', origins = [] } = {}) =>
      services.projects.createProject({ name, origins }),
    async createSurvey(apiKey, overrides = {}) {
      const res = await fetch(`${server.url}/v1/surveys`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...DEMO_SURVEY, ...overrides }),
      });
      if (res.status !== 201) throw new Error(`createSurvey: ${res.status} ${await res.text()}`);
      return (await res.json()) as Survey;
    },
    async answer(publicKey, surveyId, fields, idempotencyKey = randomUUID()) {
      const res = await fetch(`${server.url}/v1/public/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify({ publicKey, surveyId, ...fields }),
      });
      if (res.status !== 201 && res.status !== 200)
        throw new Error(`answer: ${res.status} ${await res.text()}`);
      return (await res.json()) as ResponseCreated;
    },
    countResponses: (surveyId) => services.responses.countResponses(surveyId),
    // Test databases live in devstack's throwaway directory, removed after the run.
    close: () => server.close(),
  };
}
