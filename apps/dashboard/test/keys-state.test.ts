import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysApi } from '../src/screens/settings/keys/keys-api.js';
import { createKeys } from '../src/screens/settings/keys/keys-state.svelte.js';
import { createOrigins } from '../src/screens/settings/keys/origins-state.svelte.js';
import { emailOf, type Fixture, sessionCookie, startFixture } from './api-fixture.js';
import { apiWithCookie } from './live-client.js';

let fx: Fixture;
let owner: ReturnType<typeof keysApi>;
let agent: ReturnType<typeof keysApi>;
beforeAll(async () => {
  fx = await startFixture('keys_state');
  const as = async (role: string) =>
    keysApi(apiWithCookie(fx.api.url, await sessionCookie(fx.api.url, emailOf(role, 'keys_state'))));
  owner = await as('owner');
  agent = await as('agent');
});
afterAll(() => fx?.api.close());

/** The status a secret gets from the API. */
const statusWith = (secret: string) =>
  fetch(`${fx.api.url}/v1/surveys`, { headers: { authorization: `Bearer ${secret}` } }).then((r) => r.status);

describe('API keys state', () => {
  it('creates a key whose secret is shown once, never kept in the list, and works', async () => {
    const keys = createKeys(owner);
    await keys.load();
    expect(keys.state.status).toBe('ready');
    expect(await keys.create('CRM export')).toBe(true);
    const { key, replaced } = keys.state.revealed!;
    expect(replaced).toBeNull();
    expect(key.secret).toMatch(/^sk_/);
    expect(keys.state.items[0]).toMatchObject({ id: key.id, name: 'CRM export', status: 'active' });
    expect(JSON.stringify(keys.state.items)).not.toContain(key.secret);
    expect(await statusWith(key.secret)).toBe(200);
    keys.forgetSecret();
    expect(keys.state.revealed).toBeNull();
  });

  it('revokes a key: the list says so and the API refuses it with 401', async () => {
    const keys = createKeys(owner);
    await keys.load();
    await keys.create('To revoke');
    const { key } = keys.state.revealed!;
    expect(await keys.revoke(key.id)).toBe(true);
    expect(keys.state.items.find((k) => k.id === key.id)?.status).toBe('revoked');
    expect(await statusWith(key.secret)).toBe(401);
    // Revoking again is refused with the API's code, kept beside that key.
    expect(await keys.revoke(key.id)).toBe(false);
    expect(keys.state.problem).toMatchObject({
      about: key.id,
      problem: { kind: 'refused', code: 'key_revoked' },
    });
  });

  it('rotates with a grace period: a new secret once, the old one working until it ends', async () => {
    const keys = createKeys(owner);
    await keys.load();
    await keys.create('Deploys');
    const old = keys.state.revealed!.key;
    expect(await keys.rotate(old.id, 'day')).toBe(true);
    const { key, replaced } = keys.state.revealed!;
    expect(key.secret).not.toBe(old.secret);
    expect(replaced).toMatchObject({ id: old.id, status: 'expiring' });
    const stops = Date.parse(replaced!.revokedAt!) - Date.now();
    expect(stops).toBeGreaterThan(86_400_000 - 60_000);
    expect(stops).toBeLessThanOrEqual(86_400_000);
    expect(await statusWith(old.secret)).toBe(200);
    expect(await statusWith(key.secret)).toBe(200);
    expect(keys.state.items.filter((k) => k.name === 'Deploys').map((k) => k.status)).toEqual([
      'active',
      'expiring',
    ]);
  });

  it('rotates at once: the old secret stops now', async () => {
    const keys = createKeys(owner);
    await keys.load();
    await keys.create('Leaked');
    const old = keys.state.revealed!.key;
    await keys.rotate(old.id, 'now');
    expect(keys.state.revealed!.replaced).toMatchObject({ status: 'revoked' });
    expect(await statusWith(old.secret)).toBe(401);
  });

  it('says who may when an agent reaches it', async () => {
    const keys = createKeys(agent);
    await keys.load();
    expect(keys.state).toMatchObject({
      status: 'error',
      problem: { problem: { kind: 'forbidden', allowedRoles: ['owner'] } },
    });
  });
});

describe('allowed origins state', () => {
  it('saves the list as the API normalizes it', async () => {
    const origins = createOrigins(owner);
    await origins.load();
    origins.add();
    origins.edit(origins.state.draft.length - 1, ' https://Shop.Example:443 ');
    origins.add();
    expect(origins.dirty).toBe(true);
    await origins.save();
    expect(origins.state).toMatchObject({
      saved: ['https://shop.example'],
      justSaved: true,
      invalid: new Set(),
    });
    expect(origins.dirty).toBe(false);
  });

  it('marks each refused entry where it is in the list, and saves nothing', async () => {
    const origins = createOrigins(owner);
    await origins.load();
    const before = origins.state.saved;
    for (const value of ['https://ok.example', '', 'shop.example/path', 'https://fine.example', 'ftp://x']) {
      origins.add();
      origins.edit(origins.state.draft.length - 1, value);
    }
    const at = before.length;
    await origins.save();
    expect([...origins.state.invalid].sort()).toEqual([at + 2, at + 4]);
    expect(await owner.origins()).toEqual(before);
    // Removing an entry above keeps the marks on their entries.
    origins.remove(at);
    expect([...origins.state.invalid].sort()).toEqual([at + 1, at + 3]);
  });

  it('says who may when an agent tries to save', async () => {
    const origins = createOrigins(agent);
    await origins.load();
    origins.add();
    origins.edit(origins.state.draft.length - 1, 'https://agent.example');
    await origins.save();
    expect(origins.state.problem).toEqual({ kind: 'forbidden', allowedRoles: ['owner'] });
  });
});
