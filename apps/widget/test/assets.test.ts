import { createHash } from 'node:crypto';
import { startTestApi, type TestApi } from '@pulse/api/testing';
import { type InstallSnippet, installSnippet, type Summary } from '@pulse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityOf } from '../scripts/integrity.js';
import { answerWithKeyboard, type Browser, launchChromium, panel } from './browser.js';

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi({ label: 'widget_assets', env: { SEED_DEMO: 'true' } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('widget assets served by the API', () => {
  it('serves every built file at /widget/v1 as immutable, cross-origin readable JavaScript', async () => {
    for (const file of ['pulse.js', 'pulse-ui.js', 'locale-ar.js', 'preview.js']) {
      const res = await fetch(`${api.url}/widget/v1/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('gives the install snippet with the SRI hash of the pulse.js it serves', async () => {
    const key = api.server.demo?.apiKey;
    const res = await fetch(`${api.url}/v1/project/snippet`, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as InstallSnippet;
    const served = Buffer.from(await (await fetch(body.scriptUrl)).arrayBuffer());
    const integrity = `sha384-${createHash('sha384').update(served).digest('base64')}`;
    expect(integrity, 'the hash of the bytes served').toBe(integrityOf('pulse.js'));
    expect(body).toEqual({
      publicKey: api.server.demo?.publicKey,
      scriptUrl: `${api.url}/widget/v1/pulse.js`,
      integrity,
      snippet: installSnippet({ scriptUrl: body.scriptUrl, integrity, publicKey: body.publicKey }),
    });
  });

  it('answers 404 for names outside the build, traversal included', async () => {
    for (const path of ['/widget/v1/missing.js', '/widget/v1/..%2Fpackage.json', '/widget/v1/.hidden.js']) {
      expect((await fetch(`${api.url}${path}`)).status, path).toBe(404);
    }
  });

  it('serves the demo page, where the survey shows under its strict CSP and a keyboard answer reaches the summary', async () => {
    const res = await fetch(`${api.url}/demo`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    const html = await res.text();
    const demo = api.server.demo;
    expect(demo, 'the test API seeded a demo project').toBeTruthy();
    expect(html).toContain(`data-project="${demo?.publicKey}"`);
    const summary = async (): Promise<Summary> => {
      const res = await fetch(`${api.url}/v1/surveys/${demo?.surveyId}/summary`, {
        headers: { authorization: `Bearer ${demo?.apiKey}` },
      });
      expect(res.status, 'demo summary').toBe(200);
      return (await res.json()) as Summary;
    };
    const before = await summary();

    const context = await browser.newContext();
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (msg) => {
      if (msg.text().includes('Content Security Policy')) cspErrors.push(msg.text());
    });
    await page.goto(`${api.url}/demo`);
    await panel(page).waitFor();
    expect(await panel(page).locator('.question').textContent()).toBe(
      'How likely are you to recommend Acme Analytics to a friend or colleague?',
    );

    await answerWithKeyboard(page, '10', 'Setup took five minutes');
    await expect
      .poll(
        async () => {
          const { total, distribution } = await summary();
          return { total, tens: distribution[10] };
        },
        { timeout: 15_000 },
      )
      .toEqual({ total: before.total + 1, tens: (before.distribution[10] ?? 0) + 1 });
    expect(cspErrors).toEqual([]);
    await context.close();
  });
});
