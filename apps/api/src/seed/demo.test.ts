import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { openRuntime } from '../runtime.js';
import { FOLLOW_UP_SLA_MS } from '../services/followups/opening.js';
import type { Services } from '../services/index.js';
import { testDatabaseUrl } from '../testing/database.js';
import { type DemoCredentials, seedDemo } from './demo.js';

let services: Services;
let close: () => Promise<void>;
let demo: DemoCredentials;

beforeAll(async () => {
  const runtime = await openRuntime(testDatabaseUrl('demo_seed'), createLogger('silent'));
  services = runtime.services;
  close = () => runtime.conn.close();
  demo = await seedDemo(services, { answers: 60 });
});
afterAll(() => close?.());

describe('the demo seed', () => {
  it('lists answers newest first by when the customer answered', async () => {
    const page = await services.responses.listResponses({
      surveyId: demo.surveyId,
      limit: 200,
    });
    expect(page.items).toHaveLength(60);
    const answered = page.items.map((r) => r.answeredAt);
    expect(answered).toEqual([...answered].sort().reverse());
    const spanDays = (Date.parse(answered[0]!) - Date.parse(answered.at(-1)!)) / 86_400_000;
    expect(spanDays).toBeGreaterThan(20);
  });

  it('dates each follow-up from its answer, due by its SLA, and has worked the older ones', async () => {
    const { items } = await services.followUps.listFollowUps(demo.projectId, { limit: 200 });
    expect(items.length).toBeGreaterThan(3);
    for (const f of items) {
      expect(f.createdAt).toBe(f.response.answeredAt);
      expect(Date.parse(f.dueAt) - Date.parse(f.response.answeredAt)).toBe(FOLLOW_UP_SLA_MS[f.priority]);
      const ageDays = (Date.now() - Date.parse(f.response.answeredAt)) / 86_400_000;
      if (ageDays > 5) expect(['resolved', 'dismissed']).toContain(f.status);
      if (ageDays < 2) expect(f.status).toBe('open');
      expect(f.version).toBe(f.history.length - 1);
    }
  });

  it('returns the same credentials on a second run without seeding again', async () => {
    const again = await seedDemo(services, { answers: 60 });
    expect(again.projectId).toBe(demo.projectId);
    expect(await services.responses.countResponses(demo.surveyId)).toBe(60);
  });
});
