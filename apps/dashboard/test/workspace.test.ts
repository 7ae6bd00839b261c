import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/lib/api.js';
import { createI18n } from '../src/lib/i18n/i18n.svelte.js';
import { SAVED_LANGUAGE_KEY } from '../src/lib/i18n/languages.js';
import { createWorkspace } from '../src/lib/workspace.svelte.js';
import { emailOf, type Fixture, sessionCookie, startFixture, until } from './api-fixture.js';
import { apiWithCookie, memoryStorage, socketFor } from './live-client.js';

let fx: Fixture;
/** A second project the fixture's agent also belongs to. */
let projectB: string;
const agent = emailOf('agent', 'workspace');

beforeAll(async () => {
  fx = await startFixture('workspace');
  projectB = (await fx.api.createProject({ name: 'Project B of workspace' })).projectId;
  await fx.api.server.services.members.addMember({ projectId: projectB, email: agent, role: 'viewer' });
});
afterAll(() => fx.api.close());

/** A member's workspace (the agent's unless told), as the browser builds it; `sockets` are the ones it opened, in order. */
async function agentWorkspace(storage = memoryStorage(), email = agent) {
  const cookie = await sessionCookie(fx.api.url, email);
  const sockets: { projectId: string; socket: Socket }[] = [];
  const i18n = createI18n();
  const workspace = createWorkspace({
    api: apiWithCookie(fx.api.url, cookie),
    openSocket: (projectId) => {
      const socket = socketFor(fx.api.url, cookie, projectId);
      sockets.push({ projectId, socket });
      return socket;
    },
    storage,
    language: i18n,
  });
  return { workspace, sockets, storage, cookie, i18n };
}

describe('workspace', () => {
  it('boots signed out without a session, and unreachable when the API does not answer', async () => {
    const noSocket = () => {
      throw new Error('no socket without a session');
    };
    const signedOut = createWorkspace({
      api: createApi(fx.api.url),
      openSocket: noSocket,
      storage: memoryStorage(),
      language: createI18n(),
    });
    await signedOut.boot();
    expect(signedOut.state).toMatchObject({ phase: 'signed-out', session: null, live: null });

    const down = createWorkspace({
      api: createApi('http://127.0.0.1:9'),
      openSocket: noSocket,
      storage: memoryStorage(),
      language: createI18n(),
    });
    await down.boot();
    expect(down.state.phase).toBe('unreachable');
  });

  it('opens the project chosen last time and goes live in it', async () => {
    const storage = memoryStorage();
    storage.setItem('pulse-project', projectB);
    const { workspace, sockets } = await agentWorkspace(storage);
    await workspace.boot();
    expect(workspace.state.phase).toBe('signed-in');
    expect(workspace.state.session?.projects).toHaveLength(2);
    expect(workspace.state.membership).toMatchObject({ projectId: projectB, role: 'viewer' });
    await until(() => workspace.state.connection === 'live', 'the workspace to go live');
    expect(sockets.map((s) => s.projectId)).toEqual([projectB]);
    await workspace.signOut();
  });

  it('keeps the later of two quick project choices, with exactly one socket open', async () => {
    const { workspace, sockets, storage } = await agentWorkspace();
    await workspace.boot();
    const a = fx.project.projectId;
    const first = workspace.chooseProject(projectB);
    const second = workspace.chooseProject(a);
    await Promise.all([first, second]);
    await until(() => workspace.state.connection === 'live', 'the workspace to go live');
    expect(workspace.state.membership?.projectId).toBe(a);
    expect(storage.getItem('pulse-project')).toBe(a);
    const open = sockets.filter((s) => s.socket.connected || s.socket.active);
    expect(open.map((s) => s.projectId)).toEqual([a]);
    await workspace.signOut();
  });

  it('signs out: the socket closes, the session ends on the server too', async () => {
    const { workspace, sockets, cookie } = await agentWorkspace();
    await workspace.boot();
    await until(() => workspace.state.connection === 'live', 'the workspace to go live');
    await workspace.signOut();
    expect(workspace.state).toMatchObject({
      phase: 'signed-out',
      session: null,
      membership: null,
      live: null,
    });
    expect(sockets.every((s) => !s.socket.connected && !s.socket.active)).toBe(true);
    expect(await apiWithCookie(fx.api.url, cookie).session(), 'the old cookie').toBeNull();
  });

  it("speaks the member's chosen language on any browser, and this one remembers it before signing in", async () => {
    const owner = emailOf('owner', 'workspace');
    const first = await agentWorkspace(memoryStorage(), owner);
    await first.workspace.boot();
    expect(first.workspace.state.session?.member.locale).toBeNull();
    await first.workspace.chooseLanguage('ar');
    expect(first.i18n.language).toBe('ar');
    expect(first.workspace.state.session?.member.locale).toBe('ar');
    expect(first.storage.getItem(SAVED_LANGUAGE_KEY)).toBe('ar');
    // Another browser: its own sign-in, nothing stored, an English default.
    const second = await agentWorkspace(memoryStorage(), owner);
    expect(second.i18n.language).toBe('en');
    await second.workspace.boot();
    await until(() => second.i18n.language === 'ar', 'the member’s language on the second browser');
    expect(second.storage.getItem(SAVED_LANGUAGE_KEY)).toBe('ar');
    await first.workspace.signOut();
    await second.workspace.signOut();
  });

  it('switches language while signed out, remembered on this browser only', async () => {
    const storage = memoryStorage();
    const i18n = createI18n();
    const signedOut = createWorkspace({
      api: createApi(fx.api.url),
      openSocket: () => {
        throw new Error('no socket without a session');
      },
      storage,
      language: i18n,
    });
    await signedOut.boot();
    await signedOut.chooseLanguage('th');
    expect(i18n.language).toBe('th');
    expect(storage.getItem(SAVED_LANGUAGE_KEY)).toBe('th');
  });
});
