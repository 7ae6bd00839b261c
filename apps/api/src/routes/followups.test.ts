import { randomUUID } from 'node:crypto';
import {
  canMove,
  FOLLOW_UP_STATUSES,
  FollowUp,
  FollowUpPage,
  type FollowUpState,
  LIVE_BATCH,
  LIVE_NAMESPACE,
  type LiveEvent,
  nextStates,
  refusalOf,
} from '@pulse/shared';
import { io } from 'socket.io-client';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
afterAll(() => api.close());
beforeAll(async () => {
  api = await startTestApi({ label: 'followups' });
});

/** A project with one survey, of its own for each test. */
async function newSurvey() {
  const project = await api.createProject();
  const survey = await api.createSurvey(project.apiKey);
  const auth = { Authorization: `Bearer ${project.apiKey}` };
  async function answer(score: number, comment?: string, key?: string) {
    const created = await api.answer(
      project.publicKey,
      survey.id,
      { score, locale: 'en', ...(comment ? { comment } : {}) },
      key,
    );
    return created.id;
  }
  async function list(query: Record<string, string | number> = {}) {
    const res = await request(api.url).get('/v1/followups').query(query).set(auth);
    expect(res.status, res.text).toBe(200);
    return FollowUpPage.parse(res.body);
  }
  const patch = (id: string, body: object) =>
    request(api.url).patch(`/v1/followups/${id}`).set(auth).send(body);
  return { project, survey, auth, answer, list, patch };
}

const CHURN = 'The app crashes every day, I am going to cancel my subscription';

describe('opening follow-ups at ingest', () => {
  it('opens one follow-up for a detractor answer, with its classification, SLA and the answer', async () => {
    const s = await newSurvey();
    const responseId = await s.answer(2, CHURN);
    const { items } = await s.list();
    expect(items).toHaveLength(1);
    const [f] = items as [FollowUp];
    expect(f).toMatchObject({
      id: responseId,
      responseId,
      surveyId: s.survey.id,
      status: 'open',
      priority: 'urgent',
      churnRisk: true,
      themes: ['reliability'],
      assignee: null,
      version: 0,
      notes: [],
      history: [{ actor: 'system', change: { type: 'opened', priority: 'urgent' } }],
    });
    expect(f.response).toMatchObject({ id: responseId, score: 2, comment: CHURN, locale: 'en' });
    expect(f.response.classification).toMatchObject({ priority: 'urgent', themes: ['reliability'] });
    expect(Date.parse(f.dueAt) - Date.parse(f.createdAt)).toBe(4 * 3_600_000);
  });

  it('opens none for promoters and passives', async () => {
    const s = await newSurvey();
    await s.answer(10, 'love it');
    await s.answer(8);
    expect((await s.list()).items).toEqual([]);
  });

  it('opens exactly one when the same answer is replayed', async () => {
    const s = await newSurvey();
    const key = randomUUID();
    await s.answer(4, 'slow', key);
    await s.answer(4, 'slow', key);
    expect((await s.list()).items).toHaveLength(1);
  });

  it('opens exactly one for 10 parallel posts with one key', async () => {
    const s = await newSurvey();
    const key = randomUUID();
    await Promise.all(Array.from({ length: 10 }, () => s.answer(1, 'broken', key)));
    expect((await s.list()).items).toHaveLength(1);
  });

  it('stores the classification on the answer for the responses list too', async () => {
    const s = await newSurvey();
    await s.answer(5, 'too expensive');
    const res = await request(api.url).get('/v1/responses').query({ surveyId: s.survey.id }).set(s.auth);
    expect(res.body.items[0].classification).toMatchObject({
      category: 'detractor',
      priority: 'high',
      themes: ['price'],
    });
  });

  it('announces a new follow-up live as followup.updated', async () => {
    const s = await newSurvey();
    const socket = io(`${api.url}${LIVE_NAMESPACE}`, {
      auth: { apiKey: s.project.apiKey },
      transports: ['websocket'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const received = new Promise<LiveEvent>((resolve) =>
        socket.on(LIVE_BATCH, (events: LiveEvent[]) => {
          const event = events.find((e) => e.type === 'followup.updated');
          if (event) resolve(event);
        }),
      );
      const responseId = await s.answer(0, 'awful');
      const event = await received;
      expect(event).toMatchObject({
        type: 'followup.updated',
        projectId: s.project.projectId,
        followUp: { id: responseId, status: 'open' },
      });
    } finally {
      socket.close();
    }
  });
});

describe('GET /v1/followups', () => {
  it('lists urgent first, then oldest first, across pages', async () => {
    const s = await newSurvey();
    const normalOld = await s.answer(6, 'meh');
    const high = await s.answer(5, 'too expensive');
    const urgent = await s.answer(2, CHURN);
    const normalNew = await s.answer(6, 'hmm');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: FollowUpPage = await s.list({ limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((f) => f.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([urgent, high, normalOld, normalNew]);
  });

  it('filters by status, priority, theme, assignee and survey', async () => {
    const s = await newSurvey();
    const price = await s.answer(5, 'too expensive');
    const meh = await s.answer(6, 'meh');
    await s.patch(meh, { version: 0, status: 'in_progress', assignee: 'ana@example.com' }).expect(200);
    const ids = async (q: Record<string, string>) => (await s.list(q)).items.map((f) => f.id);
    expect(await ids({ status: 'open' })).toEqual([price]);
    expect(await ids({ status: 'in_progress' })).toEqual([meh]);
    expect(await ids({ priority: 'high' })).toEqual([price]);
    expect(await ids({ theme: 'price' })).toEqual([price]);
    expect(await ids({ assignee: 'ana@example.com' })).toEqual([meh]);
    expect(await ids({ surveyId: s.survey.id })).toEqual([price, meh]);
    expect(await ids({ surveyId: '0'.repeat(24) })).toEqual([]);
  });

  it('rejects an unknown status, an unknown key and a forged cursor with 400', async () => {
    const s = await newSurvey();
    for (const query of [{ status: 'closed' }, { color: 'red' }, { cursor: 'abc' }, { limit: 0 }]) {
      const res = await request(api.url).get('/v1/followups').query(query).set(s.auth);
      expect(res.status, JSON.stringify(query)).toBe(400);
    }
  });

  it('needs an API key', async () => {
    expect((await request(api.url).get('/v1/followups')).status).toBe(401);
  });
});

describe('PATCH /v1/followups/:id', () => {
  it("records a team member's change under their e-mail", async () => {
    const s = await newSurvey();
    const id = await s.answer(2, 'broken again');
    await api.server.services.members.addMember({
      projectId: s.project.projectId,
      email: 'ana@acme.example',
      role: 'agent',
      password: 'a long enough password',
    });
    const agent = request.agent(api.url);
    await agent
      .post('/v1/session')
      .set('X-Pulse-CSRF', '1')
      .send({ email: 'ana@acme.example', password: 'a long enough password' })
      .expect(201);
    const res = await agent
      .patch(`/v1/followups/${id}`)
      .set('X-Pulse-CSRF', '1')
      .send({ version: 0, status: 'in_progress' })
      .expect(200);
    expect(res.body.history.at(-1)).toMatchObject({ actor: 'ana@acme.example' });
  });

  it('walks open → in_progress → resolved → open, bumping the version and recording history', async () => {
    const s = await newSurvey();
    const id = await s.answer(3, 'slow');
    let res = await s.patch(id, { version: 0, status: 'in_progress' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'in_progress', version: 1 });
    res = await s.patch(id, { version: 1, status: 'resolved' });
    expect(res.body).toMatchObject({ status: 'resolved', version: 2 });
    res = await s.patch(id, { version: 2, status: 'open' });
    expect(res.body).toMatchObject({ status: 'open', version: 3 });
    const f = FollowUp.parse(res.body);
    // An API key is named by its prefix, as in the audit log.
    const key = `api:${s.project.apiKey.slice(0, 9)}`;
    expect(f.history.map((h) => [h.actor, h.change])).toEqual([
      ['system', { type: 'opened', priority: 'high' }],
      [key, { type: 'status', from: 'open', to: 'in_progress' }],
      [key, { type: 'status', from: 'in_progress', to: 'resolved' }],
      [key, { type: 'status', from: 'resolved', to: 'open' }],
    ]);
  });

  it('allows exactly the moves of the shared state machine; any other is 409 with why and what instead', async () => {
    const s = await newSurvey();
    // How to reach each state from open, along allowed moves.
    const pathTo: Record<FollowUpState, FollowUpState[]> = {
      open: [],
      in_progress: ['in_progress'],
      resolved: ['resolved'],
      dismissed: ['dismissed'],
    };
    for (const from of FOLLOW_UP_STATUSES) {
      for (const to of FOLLOW_UP_STATUSES.filter((state) => state !== from)) {
        const id = await s.answer(3, `from ${from} to ${to}`);
        let version = 0;
        for (const step of pathTo[from]) {
          await s.patch(id, { version, status: step }).expect(200);
          version++;
        }
        const res = await s.patch(id, { version, status: to });
        if (canMove(from, to)) {
          expect(res.status, `${from} → ${to}: ${res.text}`).toBe(200);
          expect(res.body.status).toBe(to);
        } else {
          expect(res.status, `${from} → ${to} should be refused`).toBe(409);
          expect(res.body.error).toMatchObject({
            code: 'invalid_transition',
            message: refusalOf(from, to),
            details: { from, to, allowed: nextStates(from) },
          });
        }
      }
    }
    // The usual next step from open is to start; open may also be resolved at once.
    expect(canMove('open', 'resolved')).toBe(true);
    expect(canMove('resolved', 'dismissed')).toBe(false);
  });

  it('answers a stale version with 409 and the current follow-up, changing nothing', async () => {
    const s = await newSurvey();
    const id = await s.answer(3, 'slow');
    await s.patch(id, { version: 0, assignee: 'ana@example.com' }).expect(200);
    const res = await s.patch(id, { version: 0, status: 'in_progress', note: 'mine' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('stale_version');
    expect(FollowUp.parse(res.body.error.details.current)).toMatchObject({
      version: 1,
      assignee: 'ana@example.com',
    });
    const [after] = (await s.list()).items;
    expect(after).toMatchObject({ version: 1, status: 'open', notes: [] });
  });

  it('lets exactly one of two concurrent changes from the same version win', async () => {
    const s = await newSurvey();
    const id = await s.answer(3, 'slow');
    const results = await Promise.all([
      s.patch(id, { version: 0, assignee: 'ana@example.com' }),
      s.patch(id, { version: 0, assignee: 'bo@example.com' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await s.list()).items[0]?.version).toBe(1);
  });

  it("corrects the classifier's themes and churn flag, recording both sides, and moves the priority with them", async () => {
    const { answer, patch, list } = await newSurvey();
    const id = await answer(5, 'Meh');
    const [before] = (await list()).items;
    const from = { themes: before!.themes, churnRisk: before!.churnRisk, priority: before!.priority };
    expect(from.churnRisk).toBe(false);
    const res = await patch(id, {
      version: before!.version,
      themes: ['delivery', 'usability'],
      churnRisk: true,
    });
    expect(res.status, res.text).toBe(200);
    // Themes in the vocabulary's order; churn risk makes any detractor urgent (4 h from the answer).
    expect(res.body).toMatchObject({
      themes: ['usability', 'delivery'],
      churnRisk: true,
      priority: 'urgent',
    });
    expect(Date.parse(res.body.dueAt) - Date.parse(res.body.response.answeredAt)).toBe(4 * 3_600_000);
    expect(res.body.history.at(-1).change).toEqual({
      type: 'classification',
      from,
      to: { themes: ['usability', 'delivery'], churnRisk: true, priority: 'urgent' },
    });
    // The same classification again changes nothing; a theme twice or an unknown one is a 400.
    const same = await patch(id, { version: res.body.version, themes: ['usability', 'delivery'] });
    expect(same.body.version).toBe(res.body.version);
    for (const themes of [['delivery', 'delivery'], ['weather']]) {
      expect((await patch(id, { version: res.body.version, themes })).status).toBe(400);
    }
  });

  it('appends notes with their author and records assignment in the history', async () => {
    const s = await newSurvey();
    const id = await s.answer(3, 'slow');
    let res = await s.patch(id, {
      version: 0,
      note: 'Called them, waiting for logs.',
      assignee: 'ana@example.com',
    });
    expect(res.status, res.text).toBe(200);
    res = await s.patch(id, { version: 1, note: 'Logs received.', assignee: null });
    const f = FollowUp.parse(res.body);
    expect(f.assignee).toBeNull();
    expect(f.notes.map((n) => [n.author, n.text])).toEqual([
      [`api:${s.project.apiKey.slice(0, 9)}`, 'Called them, waiting for logs.'],
      [`api:${s.project.apiKey.slice(0, 9)}`, 'Logs received.'],
    ]);
    expect(f.history.slice(1).map((h) => h.change)).toEqual([
      { type: 'assignee', from: null, to: 'ana@example.com' },
      { type: 'note', noteId: f.notes[0]?.id },
      { type: 'assignee', from: 'ana@example.com', to: null },
      { type: 'note', noteId: f.notes[1]?.id },
    ]);
  });

  it("answers 404 for another project's follow-up and for unknown ids", async () => {
    const s = await newSurvey();
    const other = await newSurvey();
    const id = await s.answer(3, 'slow');
    expect((await other.patch(id, { version: 0, status: 'in_progress' })).status).toBe(404);
    expect((await request(api.url).get(`/v1/followups/${id}`).set(other.auth)).status).toBe(404);
    expect((await s.patch('0'.repeat(24), { version: 0, status: 'in_progress' })).status).toBe(404);
    expect((await s.patch('nope', { version: 0, status: 'in_progress' })).status).toBe(404);
    expect((await s.list()).items[0]).toMatchObject({ status: 'open', version: 0 });
  });

  it('rejects a change without version, with unknown keys or nothing to change with 400', async () => {
    const s = await newSurvey();
    const id = await s.answer(3, 'slow');
    for (const body of [
      { status: 'in_progress' },
      { version: 0, status: 'in_progress', extra: 1 },
      { version: 0 },
      { version: 0, status: 'done' },
      { version: 0, note: '  ' },
    ]) {
      const res = await s.patch(id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
  });
});
