import { LIVE_NAMESPACE } from '@pulse/shared';
import { Types } from 'mongoose';
import { io } from 'socket.io-client';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../services/access/keys.js';
import { startTestApi, type TestApi } from '../testing/index.js';
import { CSRF, createTeam } from '../testing/team.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'api_keys' });
});
afterAll(() => api.close());

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
/** What a key can do, as an HTTP status: 200 while it works, 401 once it does not. */
const statusWith = async (secret: string) =>
  (await request(api.url).get('/v1/surveys').set(bearer(secret))).status;

async function createKey(auth: { authorization: string }, name = 'CI deploys') {
  const res = await request(api.url).post('/v1/api-keys').set(auth).send({ name });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; secret: string; prefix: string; status: string };
}

/** Whether a Socket.io handshake with this key is let in. */
function socketAccepts(secret: string): Promise<boolean> {
  const socket = io(`${api.url}${LIVE_NAMESPACE}`, {
    transports: ['websocket'],
    auth: { apiKey: secret },
    reconnection: false,
  });
  return new Promise<boolean>((resolve) => {
    socket.once('connect', () => resolve(true));
    socket.once('connect_error', () => resolve(false));
  }).finally(() => socket.close());
}

describe('API keys', () => {
  it('lists the project key from create-project as "Default key", never with a secret', async () => {
    const { key, project } = await createTeam(api);
    const res = await request(api.url).get('/v1/api-keys').set(key).expect(200);
    // lastUsedAt is stamped behind this very request, so it may or may not be in it yet.
    const items = res.body.items.map(({ lastUsedAt: _, ...rest }: Record<string, unknown>) => rest);
    expect(items).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        name: 'Default key',
        prefix: project.apiKey.slice(0, 9),
        status: 'active',
        createdAt: expect.any(String),
        createdBy: null,
        revokedAt: null,
        rotatedFrom: null,
      },
    ]);
    expect(res.text).not.toContain(project.apiKey);
  });

  it('creates a key whose secret is shown once and stored only as a hash', async () => {
    const { key, emails, as } = await createTeam(api);
    // The dashboard makes keys with its session, as an owner.
    const created = await as.owner.post('/v1/api-keys').set(CSRF).send({ name: 'Zapier' });
    expect(created.status, created.text).toBe(201);
    const { secret, prefix, id } = created.body;
    expect(secret).toMatch(/^sk_[\w-]{40,}$/);
    expect(prefix).toBe(secret.slice(0, 9));
    expect(created.body.createdBy).toBe(emails.owner);
    expect(await statusWith(secret)).toBe(200);
    const stored = await api.server.services.models.ApiKey.findOne({ keyId: id }).lean();
    expect(stored?._id).toBe(sha256(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);
    const list = await request(api.url).get('/v1/api-keys').set(key).expect(200);
    expect(list.text).not.toContain(secret);
    expect(list.body.items.map((k: { name: string }) => k.name)).toEqual(['Zapier', 'Default key']);
  });

  it('refuses a revoked key with 401, over HTTP and on the live socket, and keeps it listed', async () => {
    const { key } = await createTeam(api);
    const made = await createKey(key);
    expect(await socketAccepts(made.secret)).toBe(true);
    const revoked = await request(api.url).post(`/v1/api-keys/${made.id}/revoke`).set(key).expect(200);
    expect(revoked.body).toMatchObject({ id: made.id, status: 'revoked', revokedAt: expect.any(String) });
    const refused = await request(api.url).get('/v1/surveys').set(bearer(made.secret));
    expect(refused.status).toBe(401);
    expect(refused.body.error).toMatchObject({
      code: 'unauthorized',
      message: expect.stringMatching(/revoked/),
    });
    expect(refused.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(await socketAccepts(made.secret)).toBe(false);
    const again = await request(api.url).post(`/v1/api-keys/${made.id}/revoke`).set(key);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('key_revoked');
    const list = await request(api.url).get('/v1/api-keys').set(key).expect(200);
    expect(list.body.items.find((k: { id: string }) => k.id === made.id).status).toBe('revoked');
  });

  it('lets a key revoke itself, and then refuses it', async () => {
    const { key } = await createTeam(api);
    const made = await createKey(key);
    await request(api.url).post(`/v1/api-keys/${made.id}/revoke`).set(bearer(made.secret)).expect(200);
    expect(await statusWith(made.secret)).toBe(401);
  });

  it('rotates at once by default: a new secret under the same name, the old one 401', async () => {
    const { key, project } = await createTeam(api);
    const made = await createKey(key, 'Backend');
    const res = await request(api.url).post(`/v1/api-keys/${made.id}/rotate`).set(key).send({});
    expect(res.status, res.text).toBe(201);
    const { created, replaced } = res.body;
    expect(created).toMatchObject({ name: 'Backend', status: 'active', rotatedFrom: made.id });
    expect(created.createdBy).toBe(`api:${project.apiKey.slice(0, 9)}`);
    expect(replaced).toMatchObject({ id: made.id, status: 'revoked' });
    expect(await statusWith(made.secret)).toBe(401);
    expect(await statusWith(created.secret)).toBe(200);
    const twice = await request(api.url).post(`/v1/api-keys/${made.id}/rotate`).set(key).send({});
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('key_revoked');
  });

  it('keeps the old key working through a grace period, then refuses it', async () => {
    const { key } = await createTeam(api);
    const made = await createKey(key);
    const res = await request(api.url)
      .post(`/v1/api-keys/${made.id}/rotate`)
      .set(key)
      .send({ gracePeriodSeconds: 3600 })
      .expect(201);
    expect(res.body.replaced.status).toBe('expiring');
    const stopsAt = Date.parse(res.body.replaced.revokedAt);
    expect(stopsAt - Date.now()).toBeGreaterThan(3500_000);
    expect(await statusWith(made.secret)).toBe(200);
    expect(await statusWith(res.body.created.secret)).toBe(200);
    const rotateAgain = await request(api.url).post(`/v1/api-keys/${made.id}/rotate`).set(key).send({});
    expect(rotateAgain.body.error.code).toBe('key_expiring');
    // The grace period ends (moved into the past rather than waited for).
    await api.server.services.models.ApiKey.updateOne(
      { keyId: made.id },
      { $set: { revokedAt: new Date(Date.now() - 1000) } },
    );
    expect(await statusWith(made.secret)).toBe(401);
  });

  it('stops a key in its grace period at once when it is revoked', async () => {
    const { key } = await createTeam(api);
    const made = await createKey(key);
    await request(api.url)
      .post(`/v1/api-keys/${made.id}/rotate`)
      .set(key)
      .send({ gracePeriodSeconds: 600 })
      .expect(201);
    await request(api.url).post(`/v1/api-keys/${made.id}/revoke`).set(key).expect(200);
    expect(await statusWith(made.secret)).toBe(401);
  });

  it('stamps lastUsedAt on use, at most once a minute', async () => {
    const { key } = await createTeam(api);
    const made = await createKey(key);
    const lastUsed = async () =>
      (await api.server.services.models.ApiKey.findOne({ keyId: made.id }).lean())?.lastUsedAt ?? null;
    expect(await lastUsed()).toBeNull();
    await statusWith(made.secret);
    await expect.poll(lastUsed).not.toBeNull();
    const first = await lastUsed();
    await statusWith(made.secret);
    await new Promise((r) => setTimeout(r, 100));
    expect(await lastUsed()).toEqual(first);
  });

  it("refuses bad input and other projects' keys", async () => {
    const a = await createTeam(api);
    const b = await createTeam(api);
    const bKey = await createKey(b.key);
    for (const [path, body] of [
      [`/v1/api-keys/${bKey.id}/revoke`, undefined],
      [`/v1/api-keys/${bKey.id}/rotate`, {}],
      ['/v1/api-keys/not-an-id/revoke', undefined],
    ] as const) {
      const res = await request(api.url).post(path).set(a.key).send(body);
      expect(res.status, path).toBe(404);
    }
    expect(await statusWith(bKey.secret)).toBe(200);
    for (const body of [{}, { name: '' }, { name: 'x'.repeat(101) }, { name: 'ok', extra: 1 }]) {
      const res = await request(api.url).post('/v1/api-keys').set(a.key).send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
    const grace = await request(api.url)
      .post(`/v1/api-keys/${(await createKey(a.key)).id}/rotate`)
      .set(a.key)
      .send({ gracePeriodSeconds: 8 * 86_400 });
    expect(grace.status).toBe(400);
  });
});

describe('keys from before key management', () => {
  it('are adopted at start: they keep working, are listed, and get their prefix on first use', async () => {
    const { models } = api.server.services;
    const secret = `sk_${'legacy'.repeat(8)}`;
    const projectId = new Types.ObjectId();
    await models.Project.collection.insertOne({
      _id: projectId,
      name: 'Old',
      publicKey: `pk_legacy${projectId.toHexString()}`,
      origins: [],
      apiKeyHashes: [sha256(secret)],
      createdAt: new Date('2025-01-01T00:00:00Z'),
      updatedAt: new Date('2025-01-01T00:00:00Z'),
    });
    expect(await statusWith(secret)).toBe(401);
    expect(await api.server.services.apiKeys.adoptLegacyKeys()).toBe(1);
    // Running it again (another process, a restart) changes nothing.
    expect(await api.server.services.apiKeys.adoptLegacyKeys()).toBe(0);
    expect(await models.Project.collection.findOne({ _id: projectId })).not.toHaveProperty('apiKeyHashes');
    const before = await request(api.url).get('/v1/api-keys').set(bearer(secret)).expect(200);
    expect(before.body.items).toEqual([
      expect.objectContaining({ name: 'API key', createdAt: '2025-01-01T00:00:00.000Z', status: 'active' }),
    ]);
    await expect
      .poll(async () => (await request(api.url).get('/v1/api-keys').set(bearer(secret))).body.items[0].prefix)
      .toBe(secret.slice(0, 9));
  });
});
