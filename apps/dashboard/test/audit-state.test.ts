import type { AuditEntry } from '@pulse/shared/contracts';
import { AUDIT_ACTIONS, DASHBOARD_LANGUAGES } from '@pulse/shared/names';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormat } from '../src/lib/i18n/format.js';
import { compile } from '../src/lib/i18n/messages.js';
import shellEn from '../src/messages/en.js';
import { auditApi } from '../src/screens/settings/audit/audit-api.js';
import { auditSentence, type SentenceWords } from '../src/screens/settings/audit/audit-sentence.js';
import { createAudit } from '../src/screens/settings/audit/audit-state.svelte.js';
import auditEn from '../src/screens/settings/audit/messages/en.js';
import { emailOf, type Fixture, PASSWORD, sessionCookie, startFixture } from './api-fixture.js';
import { apiWithCookie } from './live-client.js';

let fx: Fixture;
let api: ReturnType<typeof auditApi>;
const OWNER = emailOf('owner', 'audit_state');
beforeAll(async () => {
  fx = await startFixture('audit_state');
  api = auditApi(apiWithCookie(fx.api.url, await sessionCookie(fx.api.url, OWNER)));
});
afterAll(() => fx?.api.close());

const english: SentenceWords = {
  t: compile<typeof auditEn>(auditEn, 'en'),
  roles: compile<typeof shellEn>(shellEn, 'en').roles,
  f: createFormat('en'),
  nameOf: (email) => (email === 'ana@acme.test' ? 'Ana Souza' : null),
};
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const entry = (patch: Partial<AuditEntry>): AuditEntry => ({
  id: '1',
  at: '2026-01-02T03:04:05.000Z',
  actor: 'ana@acme.test',
  action: 'survey.created',
  target: { type: 'survey', id: 's1', name: 'Product NPS' },
  before: null,
  after: null,
  ...patch,
});

describe('audit sentences', () => {
  it('has a sentence for every action in every language, naming the actor and the target', async () => {
    for (const language of DASHBOARD_LANGUAGES) {
      const table = (await import(`../src/screens/settings/audit/messages/${language}.ts`)).default;
      const words = { ...english, t: compile<typeof auditEn>(table, language) };
      for (const action of AUDIT_ACTIONS) {
        const sentence = plain(auditSentence(entry({ action, after: { role: 'agent' } }), words));
        expect(sentence, `${language} ${action}`).toContain(
          action === 'member.joined' ? 'Product NPS' : 'Ana Souza',
        );
        expect(sentence, `${language} ${action}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('tells a role change, an API key as actor and the origins set', () => {
    const role = entry({
      action: 'member.role_changed',
      target: { type: 'member', id: 'bo@acme.test', name: null },
      before: { role: 'viewer' },
      after: { role: 'owner' },
    });
    expect(plain(auditSentence(role, english))).toBe(
      'Ana Souza changed the role of bo@acme.test from Viewer (read-only) to Owner',
    );
    const origins = entry({
      actor: 'api:sk_ab12cd',
      action: 'project.origins_replaced',
      target: { type: 'project', id: 'p', name: 'Acme' },
      after: { origins: ['https://a.example', 'https://b.example'] },
    });
    expect(plain(auditSentence(origins, english))).toBe(
      'API key sk_ab12cd set the allowed origins to https://a.example and https://b.example',
    );
    expect(plain(auditSentence({ ...origins, after: { origins: [] } }, english))).toContain('any website');
  });
});

describe('audit state', () => {
  async function changes(count: number) {
    for (let i = 0; i < count; i++)
      await fetch(`${fx.api.url}/v1/api-keys`, {
        method: 'POST',
        headers: { authorization: `Bearer ${fx.project.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `key ${i}` }),
      });
  }

  it('pages newest first with "load more" until the end, and filters by target type and actor', async () => {
    await changes(55);
    await fx.api.server.services.members.addMember({
      projectId: fx.project.projectId,
      email: 'ana@acme.test',
      role: 'agent',
      password: PASSWORD,
    });
    const audit = createAudit(api);
    await audit.start();
    expect(audit.state.items).toHaveLength(50);
    expect(audit.state.members.map((m) => m.email)).toContain(OWNER);
    const first = audit.state.items.map((e) => e.id);
    await audit.loadMore();
    while (audit.state.nextCursor) await audit.loadMore();
    const all = audit.state.items;
    expect(all.length).toBeGreaterThanOrEqual(55);
    expect(all.slice(0, 50).map((e) => e.id)).toEqual(first);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    const ats = all.map((e) => e.at);
    expect([...ats].sort().reverse()).toEqual(ats);

    await audit.setFilters({ targetType: 'survey' });
    expect(audit.state.items.length).toBeGreaterThan(0);
    expect(audit.state.items.every((e) => e.target.type === 'survey')).toBe(true);
    const keyActor = all.find((e) => e.actor.startsWith('api:'))!.actor;
    await audit.setFilters({ actor: keyActor, targetType: 'api_key' });
    while (audit.state.nextCursor) await audit.loadMore();
    expect(audit.state.items.length).toBe(55);
    expect(audit.state.items.every((e) => e.actor === keyActor && e.action === 'api_key.created')).toBe(true);
  });

  it('keeps only the newest filters’ page when pages arrive out of order', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const slowFirst = {
      ...api,
      page: async (query: Parameters<typeof api.page>[0]) => {
        const page = await api.page(query);
        if (query.targetType === 'member') await held;
        return page;
      },
    };
    const audit = createAudit(slowFirst);
    const older = audit.setFilters({ targetType: 'member' });
    await audit.setFilters({ targetType: 'api_key' });
    release();
    await older;
    expect(audit.state.filters).toEqual({ targetType: 'api_key' });
    expect(audit.state.items.every((e) => e.target.type === 'api_key')).toBe(true);
  });

  it('says who may when an agent opens it', async () => {
    const agent = auditApi(
      apiWithCookie(fx.api.url, await sessionCookie(fx.api.url, emailOf('agent', 'audit_state'))),
    );
    const audit = createAudit(agent);
    await audit.start();
    expect(audit.state).toMatchObject({
      status: 'error',
      problem: { kind: 'forbidden', allowedRoles: ['owner'] },
    });
  });
});
