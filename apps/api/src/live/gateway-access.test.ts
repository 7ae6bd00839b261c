import { LIVE_BATCH, LIVE_NAMESPACE, type LiveEvent } from '@pulse/shared';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
let a: Awaited<ReturnType<TestApi['createProject']>>;
let b: Awaited<ReturnType<TestApi['createProject']>>;
let surveyA: string;
let surveyB: string;
const PASSWORD = 'correct horse battery staple';
const sockets: Socket[] = [];

async function sessionCookie(email: string): Promise<string> {
  const res = await fetch(`${api.url}/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-pulse-csrf': '1' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(201);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

function connect(headers: Record<string, string>, auth: Record<string, string> = {}): Socket {
  const socket = io(`${api.url}${LIVE_NAMESPACE}`, {
    transports: ['websocket'],
    extraHeaders: headers,
    auth,
    reconnection: false,
  });
  sockets.push(socket);
  return socket;
}

/** Resolves on connect, rejects with the server's reason on connect_error. */
function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => reject(err));
  });
}

const answer = (project: { publicKey: string }, surveyId: string, comment: string) =>
  api.answer(project.publicKey, surveyId, { score: 3, comment });

function nextResponse(socket: Socket, comment: string): Promise<LiveEvent> {
  return new Promise((resolve) => {
    const onBatch = (events: LiveEvent[]) => {
      const event = events.find((e) => e.type === 'response.created' && e.response.comment === comment);
      if (event) {
        socket.off(LIVE_BATCH, onBatch);
        resolve(event);
      }
    };
    socket.on(LIVE_BATCH, onBatch);
  });
}

beforeAll(async () => {
  api = await startTestApi({ label: 'gateway_access' });
  a = await api.createProject({ name: 'A' });
  b = await api.createProject({ name: 'B' });
  surveyA = (await api.createSurvey(a.apiKey)).id;
  surveyB = (await api.createSurvey(b.apiKey)).id;
  await api.server.services.members.addMember({
    projectId: a.projectId,
    email: 'agent@a.test',
    role: 'agent',
    password: PASSWORD,
  });
  await api.server.services.members.addMember({
    projectId: b.projectId,
    email: 'agent@b.test',
    role: 'agent',
    password: PASSWORD,
  });
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await api.close();
});

describe('live gateway handshake', () => {
  it('rejects a socket with no credentials, a made-up session or a wrong API key', async () => {
    await expect(connected(connect({}))).rejects.toThrow('unauthorized');
    await expect(connected(connect({ cookie: 'pulse_session=not-a-real-token' }))).rejects.toThrow(
      'unauthorized',
    );
    await expect(connected(connect({}, { apiKey: 'sk_wrong' }))).rejects.toThrow('unauthorized');
  });

  it('rejects a session cookie sent from another origin (cross-site WebSocket hijacking)', async () => {
    const cookie = await sessionCookie('agent@a.test');
    await expect(connected(connect({ cookie, origin: 'https://evil.example' }))).rejects.toThrow(
      'unauthorized',
    );
  });

  it("rejects a member's socket asking for a project they do not belong to", async () => {
    const cookie = await sessionCookie('agent@a.test');
    await expect(connected(connect({ cookie }, { projectId: b.projectId }))).rejects.toThrow('unauthorized');
  });

  it("delivers A's answers to A's session socket and never B's", async () => {
    const socketA = connect({ cookie: await sessionCookie('agent@a.test') });
    const socketB = connect({ cookie: await sessionCookie('agent@b.test') });
    await Promise.all([connected(socketA), connected(socketB)]);
    const seenByA: LiveEvent[] = [];
    socketA.onAny((_name, events: LiveEvent[]) => seenByA.push(...events));

    const bGotIt = nextResponse(socketB, 'for B only');
    await answer(b, surveyB, 'for B only');
    await bGotIt;
    // B's answer reached B; now one for A, which A receives after anything of B would have arrived.
    const aGotIt = nextResponse(socketA, 'for A');
    await answer(a, surveyA, 'for A');
    await aGotIt;

    expect(seenByA.length).toBeGreaterThan(0);
    expect(seenByA.every((e) => e.projectId === a.projectId)).toBe(true);
  });

  it('still accepts an API key', async () => {
    const socket = connect({}, { apiKey: a.apiKey });
    await connected(socket);
    const got = nextResponse(socket, 'via api key');
    await answer(a, surveyA, 'via api key');
    expect((await got).projectId).toBe(a.projectId);
  });

  it('disconnects the sockets of a session that signs out', async () => {
    const cookie = await sessionCookie('agent@a.test');
    const socket = connect({ cookie });
    await connected(socket);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const out = await fetch(`${api.url}/v1/session`, {
      method: 'DELETE',
      headers: { cookie, 'x-pulse-csrf': '1' },
    });
    expect(out.status).toBe(204);
    expect(await closed).toBe('io server disconnect');
  });
});
