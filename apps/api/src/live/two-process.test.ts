import { LIVE_BATCH, LIVE_NAMESPACE, type LiveEvent } from '@pulse/shared';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

// `npm test` starts Redis (devstack --redis); a run without it must fail, not skip the only multi-process test.
const redisUrl = process.env.REDIS_URL;
if (!redisUrl) throw new Error('REDIS_URL is not set: run the tests through `npm test`, which starts Redis.');
const PASSWORD = 'correct horse battery staple';

/** Two API processes' worth of servers on one database and one Redis, as behind a load balancer. */
describe('two API processes on one Redis', () => {
  let first: TestApi;
  let second: TestApi;
  let project: Awaited<ReturnType<TestApi['createProject']>>;
  let surveyId: string;
  let socket: Socket;

  beforeAll(async () => {
    first = await startTestApi({ label: 'two_process', redisUrl });
    second = await startTestApi({ redisUrl, mongoUrl: first.mongoUrl });
    project = await first.createProject();
    surveyId = (await first.createSurvey(project.apiKey)).id;
    await first.server.services.members.addMember({
      projectId: project.projectId,
      email: 'agent@two.test',
      role: 'agent',
      password: PASSWORD,
    });
  });
  afterAll(async () => {
    socket?.close();
    await second?.close();
    await first?.close();
  });

  const answer = (comment: string) => first.answer(project.publicKey, surveyId, { score: 9, comment });

  it('delivers an answer posted to the first process, once, to a dashboard socket on the second', async () => {
    // Signed in on the first process; the session lives in the shared database.
    const signIn = await fetch(`${first.url}/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pulse-csrf': '1' },
      body: JSON.stringify({ email: 'agent@two.test', password: PASSWORD }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    socket = io(`${second.url}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      extraHeaders: { cookie },
      reconnection: false,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const comments: string[] = [];
    const arrived = (c: string) => vi.waitFor(() => expect(comments).toContain(c), { timeout: 10_000 });
    socket.on(LIVE_BATCH, (events: LiveEvent[]) => {
      for (const e of events) if (e.type === 'response.created') comments.push(e.response.comment ?? '');
    });

    await answer('through process one');
    await arrived('through process one');
    // A second answer behind the first: any duplicate of the first would have arrived by now.
    await answer('sentinel');
    await arrived('sentinel');
    expect(comments.filter((c) => c === 'through process one')).toHaveLength(1);
  });

  // Last in this file: it uses up this address's sign-in attempts on both processes.
  it('counts failed sign-ins across both processes (the limit lives in Redis)', async () => {
    const signIn = (on: TestApi) =>
      fetch(`${on.url}/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pulse-csrf': '1' },
        body: JSON.stringify({ email: 'agent@two.test', password: 'wrong password' }),
      });
    for (let attempt = 1; attempt <= 10; attempt++)
      expect((await signIn(first)).status, `attempt ${attempt}`).toBe(401);
    const refused = await signIn(second);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  });
});
