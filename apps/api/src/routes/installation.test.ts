import type { Installation } from '@pulse/shared';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ label: 'installation' });
});
afterAll(() => api.close());

const SHOP = 'https://shop.example';

async function installationOf(apiKey: string): Promise<Installation> {
  const res = await request(api.url).get('/v1/project/installation').set('Authorization', `Bearer ${apiKey}`);
  expect(res.status, 'reading the installation').toBe(200);
  return res.body as Installation;
}

/** What a loader does on a page of `headers.origin` (or with only a Referer). */
const fetchConfig = (publicKey: string, headers: Record<string, string>) =>
  request(api.url).get(`/v1/public/projects/${publicKey}/survey?lang=en`).set(headers);

describe('GET /v1/project/installation', () => {
  it('is empty until a loader fetches the config', async () => {
    const { apiKey } = await api.createProject({ origins: [SHOP] });
    expect(await installationOf(apiKey)).toEqual({ origins: [], lastSeenAt: null });
  });

  it("shows the origin and time of a loader's config fetch, and whether answers from there are allowed", async () => {
    const { apiKey, publicKey } = await api.createProject({ origins: [SHOP] });
    await api.createSurvey(apiKey);
    const before = Date.now();
    expect((await fetchConfig(publicKey, { Origin: SHOP })).status).toBe(200);
    await expect.poll(async () => (await installationOf(apiKey)).origins.length).toBe(1);
    const seen = await installationOf(apiKey);
    expect(seen.origins[0]).toMatchObject({ origin: SHOP, allowed: true });
    expect(Date.parse(seen.lastSeenAt ?? '')).toBeGreaterThanOrEqual(before - 1000);

    // Not in the allowed origins: the editor can warn that its answers would be refused.
    await fetchConfig(publicKey, { Referer: 'https://staging.shop.example/checkout?step=2' });
    await expect
      .poll(async () => (await installationOf(apiKey)).origins.map((o) => o.origin))
      .toEqual(['https://staging.shop.example', SHOP]);
    expect((await installationOf(apiKey)).origins.map((o) => o.allowed)).toEqual([false, true]);
  });

  it('counts a loader whose project has no active survey yet (the snippet is installed)', async () => {
    const { apiKey, publicKey } = await api.createProject();
    expect((await fetchConfig(publicKey, { Origin: SHOP })).status).toBe(404);
    await expect
      .poll(async () => (await installationOf(apiKey)).origins)
      .toEqual([{ origin: SHOP, lastSeenAt: expect.any(String), allowed: true }]);
  });

  it('keeps the five most recent origins, newest first, and ignores what is no web origin', async () => {
    const { apiKey, publicKey } = await api.createProject();
    const sites = Array.from({ length: 7 }, (_, i) => `https://site${i}.example`);
    for (const site of sites) await fetchConfig(publicKey, { Origin: site });
    await fetchConfig(publicKey, { Origin: 'null' });
    await fetchConfig(publicKey, { Referer: 'file:///home/me/page.html' });
    await expect
      .poll(async () => (await installationOf(apiKey)).origins.map((o) => o.origin))
      .toEqual(sites.slice(2).reverse());
  });

  it("never shows another project's sightings", async () => {
    const seen = await api.createProject();
    const other = await api.createProject();
    await fetchConfig(seen.publicKey, { Origin: SHOP });
    await expect.poll(async () => (await installationOf(seen.apiKey)).origins.length).toBe(1);
    expect((await installationOf(other.apiKey)).origins).toEqual([]);
  });

  it('answers 401 without credentials', async () => {
    const res = await request(api.url).get('/v1/project/installation');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });
});
