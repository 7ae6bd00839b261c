/**
 * The surveys section's state modules against a real API on a real database: the list
 * (pause, publish, duplicate), the editor (create, save, a stale save and its way out),
 * and what an agent is refused.
 */
import type { Survey } from '@pulse/shared/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEditor } from '../src/screens/settings/surveys/editor-state.svelte.js';
import { createSurveyList } from '../src/screens/settings/surveys/list-state.svelte.js';
import { surveysApi } from '../src/screens/settings/surveys/surveys-api.js';
import { emailOf, type Fixture, sessionCookie, startFixture } from './api-fixture.js';
import { apiWithCookie } from './live-client.js';

let fx: Fixture;
let owner: ReturnType<typeof surveysApi>;
let agent: ReturnType<typeof surveysApi>;
beforeAll(async () => {
  fx = await startFixture('surveys_state');
  const as = async (role: string) =>
    surveysApi(apiWithCookie(fx.api.url, await sessionCookie(fx.api.url, emailOf(role, 'surveys_state'))));
  owner = await as('owner');
  agent = await as('agent');
});
afterAll(async () => {
  await fx?.api.close();
});

/** A colleague's save through the API key, as another browser would make it. */
async function colleagueRenames(id: string, name: string): Promise<Survey> {
  const auth = { authorization: `Bearer ${fx.project.apiKey}`, 'content-type': 'application/json' };
  const res = await fetch(`${fx.api.url}/v1/surveys/${id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ name }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Survey;
}

describe('the editor', () => {
  it('creates a paused survey in Thai, then saves a change at the version it read', async () => {
    const editor = createEditor({ api: owner, id: null, language: 'th' });
    await editor.load();
    expect(editor.state.canManage).toBe(true);
    editor.edit((d) => ({
      ...d,
      name: 'Thai NPS',
      texts: { th: { ...d.texts.th!, question: 'คุณจะแนะนำเราไหม' } },
    }));
    const created = await editor.save();
    expect(created).toMatchObject({ name: 'Thai NPS', status: 'paused', defaultLocale: 'th', version: 0 });
    expect(created!.texts).toEqual({ th: { question: 'คุณจะแนะนำเราไหม' } });
    expect(editor.state.saved).toBe(true);

    editor.addLanguage('ar');
    editor.edit((d) => ({ ...d, texts: { ...d.texts, ar: { ...d.texts.ar!, question: 'هل توصي بنا؟' } } }));
    expect(editor.state.view.language, 'the language being written is previewed').toBe('ar');
    const saved = await editor.save();
    expect(saved!.version).toBe(1);
    expect(Object.keys(saved!.texts).sort()).toEqual(['ar', 'th']);

    const published = await editor.setStatus('active');
    expect(published).toMatchObject({ status: 'active', version: 2 });
    expect((await owner.get(created!.id)).status).toBe('active');
  });

  it('refuses a stale save, shows the current version, and loads it on request', async () => {
    const editor = createEditor({ api: owner, id: fx.surveyId, language: 'en' });
    await editor.load();
    const read = editor.state.survey!.version;
    const theirs = await colleagueRenames(fx.surveyId, 'Renamed by a colleague');

    editor.edit((d) => ({ ...d, name: 'My name for it' }));
    expect(await editor.save()).toBeNull();
    expect(editor.state.notice).toEqual({ code: 'stale' });
    expect(editor.state.conflict).toMatchObject({ version: theirs.version, name: 'Renamed by a colleague' });
    expect(editor.state.conflict!.version).toBeGreaterThan(read);
    expect(editor.state.draft.name, 'the unsaved edit is kept until the person chooses').toBe(
      'My name for it',
    );

    editor.takeCurrent();
    expect(editor.state).toMatchObject({ notice: null, conflict: null });
    expect(editor.state.draft.name).toBe('Renamed by a colleague');
    editor.edit((d) => ({ ...d, name: 'My name for it' }));
    expect((await editor.save())?.name).toBe('My name for it');
  });

  it('says a survey that does not exist is gone', async () => {
    const editor = createEditor({ api: owner, id: '64b7f0c2a1b2c3d4e5f60718', language: 'en' });
    await editor.load();
    expect(editor.state.status).toBe('gone');
  });
});

describe('the list', () => {
  it('pauses, publishes and duplicates, each from the version shown', async () => {
    const list = createSurveyList({ api: owner });
    await list.load();
    expect(list.state).toMatchObject({ status: 'ready', canManage: true });
    const survey = (await owner.create({
      name: 'To pause',
      status: 'active',
      defaultLocale: 'ar',
      texts: { ar: { question: 'ما مدى احتمال أن توصي بنا؟' } },
      throttle: (await owner.get(fx.surveyId)).throttle,
      appearance: { brandColor: '#0f766e', position: 'bottom-left' },
      thankYouLinks: {},
    }))!;
    await list.load();
    const paused = await list.setStatus(list.state.items.find((s) => s.id === survey.id)!, 'paused');
    expect(paused).toMatchObject({ status: 'paused', version: 1 });
    expect(list.state.items.find((s) => s.id === survey.id)?.status).toBe('paused');

    const copy = await list.duplicate(paused!, 'Copy of To pause');
    expect(copy).toMatchObject({
      name: 'Copy of To pause',
      status: 'paused',
      defaultLocale: 'ar',
      texts: survey.texts,
      appearance: survey.appearance,
    });
    expect(copy!.id).not.toBe(survey.id);
    expect(list.state.items[0]?.id, 'the copy is listed first').toBe(copy!.id);
  });

  it('shows what a colleague changed when a pause was sent from an older version', async () => {
    const list = createSurveyList({ api: owner });
    await list.load();
    const shown = list.state.items.find((s) => s.id === fx.surveyId)!;
    await colleagueRenames(fx.surveyId, 'Changed meanwhile');
    expect(await list.setStatus(shown, 'paused')).toBeNull();
    expect(list.state.notices.get(fx.surveyId)).toEqual({ code: 'stale' });
    expect(list.state.items.find((s) => s.id === fx.surveyId)?.name).toBe('Changed meanwhile');
  });
});

describe('an agent', () => {
  it('is not offered changes, and the API refuses one sent anyway', async () => {
    const list = createSurveyList({ api: agent });
    await list.load();
    expect(list.state.status).toBe('ready');
    expect(list.state.canManage).toBe(false);
    expect(list.state.items.length).toBeGreaterThan(0);

    expect(await list.setStatus(list.state.items[0]!, 'paused')).toBeNull();
    expect(list.state.notices.get(list.state.items[0]!.id)).toEqual({ code: 'readOnly' });

    const editor = createEditor({ api: agent, id: fx.surveyId, language: 'en' });
    await editor.load();
    expect(editor.state.canManage).toBe(false);
  });
});

describe('the install details', () => {
  it('reads the snippet with its SRI hash and where the widget was seen', async () => {
    const { createInstall } = await import('../src/screens/settings/surveys/install-state.svelte.js');
    const install = createInstall({ api: agent });
    await install.load();
    expect(install.state.status).toBe('ready');
    expect(install.state.snippet?.integrity).toMatch(/^sha384-/);
    expect(install.state.snippet?.snippet).toContain(install.state.snippet!.integrity);
    expect(install.state.snippet?.snippet).toContain(fx.project.publicKey);
    expect(install.state.installation).toEqual({ origins: [], lastSeenAt: null });
  });
});
