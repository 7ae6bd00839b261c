import type { LiveEvent, LiveEventBody } from '@pulse/shared';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveSummaryOf } from '../services/summaries/live-summary.js';
import { startTestApi, type TestApi } from '../testing/index.js';
import { createLiveBus, projectRoom } from './bus.js';
import { createEventLog } from './event-log.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'bus' });
});
afterAll(() => api?.close());

const distribution = (total: number) => [...Array(10).fill(0), total];
const summaries = (surveyId: string, from: number, count: number): LiveEventBody[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'summary.updated',
    surveyId,
    summary: liveSummaryOf(distribution(from + i)),
  }));

describe('live bus', () => {
  it('coalesces what producers publish at the same time into one message per project, ids dense and in order', async () => {
    const { models } = api.server.services;
    const bus = createLiveBus(createEventLog(models));
    const emitted: { room: string; events: LiveEvent[] }[] = [];
    bus.attach((room, events) => emitted.push({ room, events }));
    const [a, b] = [new Types.ObjectId().toHexString(), new Types.ObjectId().toHexString()];
    const survey = new Types.ObjectId().toHexString();

    await Promise.all([
      bus.publish(a, summaries(survey, 1, 2)),
      bus.publish(b, summaries(survey, 1, 1)),
      bus.publish(a, summaries(survey, 3, 3)),
    ]);

    // One message per project (projects go side by side, so in no particular order).
    expect(emitted.map((m) => m.room).sort()).toEqual([projectRoom(a), projectRoom(b)].sort());
    const toA = emitted.find((m) => m.room === projectRoom(a))!.events;
    expect(toA.map((e) => e.eventId)).toEqual([1, 2, 3, 4, 5]);
    expect(toA.map((e) => (e.type === 'summary.updated' ? e.summary.total : null))).toEqual([1, 2, 3, 4, 5]);
    expect(emitted.find((m) => m.room === projectRoom(b))!.events.map((e) => e.eventId)).toEqual([1]);

    // Stored before emitted, one document per message, for catch-up.
    const page = await api.server.services.events.listAfter(a, { after: 0, limit: 100 });
    expect(page.items).toEqual(toA);

    // Published later, after that round: a message of its own, continuing the ids.
    await bus.publish(a, summaries(survey, 6, 1));
    expect(emitted.at(-1)?.events.map((e) => e.eventId)).toEqual([6]);
  });
});
