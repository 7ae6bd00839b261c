import { createServer, type Server } from 'node:http';
import { createLogger } from '../../src/logger.js';
import { openRuntime } from '../../src/runtime.js';
import { DEMO_SURVEY } from '../../src/seed/demo.js';
import type { Fixture } from './load.js';

export interface Scenario extends Fixture {
  apiKey: string;
  webhookId: string;
  /** A loopback receiver that accepts every delivery. */
  receiver: Server;
}

/** A project, a survey and a webhook on `response.created` + `followup.created`, written straight to the database. */
export async function createScenario(mongoUrl: string): Promise<Scenario> {
  const receiver = createServer((_req, res) => res.writeHead(204).end());
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const port = (receiver.address() as { port: number }).port;
  const { conn, services } = await openRuntime(mongoUrl, createLogger('silent'), {
    webhooksToPrivateNetworks: true,
  });
  try {
    const project = await services.projects.createProject({ name: 'Faults', origins: [] });
    const survey = await services.surveys.createSurvey(project.projectId, DEMO_SURVEY);
    const webhook = await services.webhooks.createWebhook(
      project.projectId,
      {
        url: `http://127.0.0.1:${port}/hook`,
        events: ['response.created', 'followup.created'],
        format: 'standard',
        filter: {},
      },
      'api',
    );
    return {
      publicKey: project.publicKey,
      surveyId: survey.id,
      apiKey: project.apiKey,
      webhookId: webhook.id,
      receiver,
    };
  } finally {
    await conn.close();
  }
}
