import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../logger.js';
import { startTestApi, type TestApi } from '../../testing/index.js';
import { createInstallationService, SIGHTING_INTERVAL_MS, siteOriginOf } from './sightings.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'sightings' });
});
afterAll(() => api.close());

describe('siteOriginOf', () => {
  it('takes the Origin, else the Referer, as a bare http(s) origin', () => {
    expect(siteOriginOf('https://shop.example', 'https://other.example/x')).toBe('https://shop.example');
    expect(siteOriginOf(undefined, 'https://shop.example:8443/cart?id=1#top')).toBe(
      'https://shop.example:8443',
    );
    expect(siteOriginOf('null', 'http://localhost:3000/')).toBe('http://localhost:3000');
  });

  it('gives nothing for what is no web origin', () => {
    expect(siteOriginOf(undefined, undefined)).toBeUndefined();
    expect(siteOriginOf('null', 'file:///page.html')).toBeUndefined();
    expect(siteOriginOf('not a url', 'chrome-extension://abc/page.html')).toBeUndefined();
  });
});

describe('the installation service', () => {
  /** A service on a clock the test moves, for one new project. */
  async function setup() {
    let clock = Date.parse('2026-03-01T10:00:00Z');
    const { models } = api.server.services;
    const service = createInstallationService(models, createLogger('silent'), () => clock);
    const { projectId } = await api.createProject();
    const project = await api.server.services.projects.findById(projectId);
    if (!project) throw new Error('the project was just created');
    const seen = async () => (await service.installation(project)).origins;
    return { service, projectId, seen, advance: (ms: number) => (clock += ms), now: () => clock };
  }

  it('writes a project and origin at most once a minute, however many loaders fetch', async () => {
    const { service, projectId, seen, advance, now } = await setup();
    const writes = vi.spyOn(api.server.services.models.Installation, 'updateOne');
    try {
      const first = new Date(now()).toISOString();
      for (let i = 0; i < 500; i++) service.recordFetch(projectId, 'https://shop.example');
      await expect.poll(seen).toEqual([{ origin: 'https://shop.example', lastSeenAt: first, allowed: true }]);

      advance(SIGHTING_INTERVAL_MS - 1);
      for (let i = 0; i < 500; i++) service.recordFetch(projectId, 'https://shop.example');
      // Another origin's write shows the first one was not written again within the minute.
      service.recordFetch(projectId, 'https://blog.example');
      await expect.poll(async () => (await seen()).length).toBe(2);
      expect((await seen()).find((o) => o.origin === 'https://shop.example')?.lastSeenAt).toBe(first);
      expect(writes).toHaveBeenCalledTimes(2);

      advance(1);
      service.recordFetch(projectId, 'https://shop.example');
      const later = new Date(now()).toISOString();
      await expect
        .poll(async () => (await seen())[0])
        .toMatchObject({ origin: 'https://shop.example', lastSeenAt: later });
      expect(writes).toHaveBeenCalledTimes(3);
    } finally {
      writes.mockRestore();
    }
  });

  it('puts origins that arrive during a write into the next one', async () => {
    const { service, projectId, seen, advance } = await setup();
    const writes = vi.spyOn(api.server.services.models.Installation, 'updateOne');
    try {
      for (let i = 0; i < 20; i++) {
        advance(10);
        service.recordFetch(projectId, `https://site${i}.example`);
      }
      await expect.poll(async () => (await seen())[0]?.origin).toBe('https://site19.example');
      // The first origin's write was under way while the other 19 arrived: they share the second.
      expect(writes).toHaveBeenCalledTimes(2);
      expect((await seen()).map((o) => o.origin)).toEqual(
        [19, 18, 17, 16, 15].map((i) => `https://site${i}.example`),
      );
    } finally {
      writes.mockRestore();
    }
  });
});
