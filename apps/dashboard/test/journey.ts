/**
 * The CX team's journey in Chromium, on the seeded demo: one API with demo data and one
 * Chromium per test file, shared by journey-overview.test.ts and journey-queue.test.ts.
 * Any console error fails the test that caused it.
 */
import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from '@pulse/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, liveBadge, signIn } from './browser.js';

// Live bindings: importers read them once the hooks below have run.
export let api: TestApi;
export let browser: Browser;
export let demo: NonNullable<TestApi['server']['demo']>;
let consoleErrors: string[] = [];

/** Starts the seeded API and Chromium for the file that calls it, and fails a test on console errors. */
export function setUpJourney(label: string): void {
  beforeAll(async () => {
    api = await startTestApi({ label, env: { SEED_DEMO: 'true' } });
    demo = api.server.demo!;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  afterEach(() => {
    expect(consoleErrors, 'console errors').toEqual([]);
    consoleErrors = [];
  });
}

/** Counts the page's console errors against the running test. */
export function watchConsole(page: Page): void {
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
}

/** Errors the test caused on purpose (the browser reports each refused request itself). */
export function forgiveConsoleErrors(caused: (error: string) => boolean): void {
  consoleErrors = consoleErrors.filter((e) => !caused(e));
}

export async function open(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  watchConsole(page);
  await signIn(page, api.url, demo.member!.email, demo.member!.password);
  await page.getByTestId('nps-tile').waitFor();
  await liveBadge(page);
  return page;
}

/** GET through the page's own session, as the dashboard does. */
export const apiGet = <T>(page: Page, path: string) =>
  page.evaluate((p) => fetch(p).then((r) => r.json()), path) as Promise<T>;

export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

export const text = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).textContent())?.trim();

/** Answers the demo survey the way the widget does. */
export async function answer(score: number, comment: string): Promise<string> {
  const res = await fetch(`${api.url}/v1/public/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      publicKey: demo.publicKey,
      surveyId: demo.surveyId,
      score,
      comment,
      locale: 'en',
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}
