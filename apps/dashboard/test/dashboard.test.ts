import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOf, type Fixture, PASSWORD, postAnswer, startFixture } from './api-fixture.js';
import { launchChromium, liveBadge, signIn } from './browser.js';

let fx: Fixture;
let browser: Browser;
const cspViolations: string[] = [];

beforeAll(async () => {
  fx = await startFixture('dashboard');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await fx?.api.close();
});

async function openAs(role: 'owner' | 'agent' | 'viewer', width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await signIn(page, fx.api.url, emailOf(role, 'dashboard'), PASSWORD);
  await page.getByTestId('nps-tile').waitFor();
  await liveBadge(page);
  return page;
}

describe('dashboard in Chromium', () => {
  it('refuses a wrong password with a message that says what to do', async () => {
    const page = await browser.newPage();
    await page.goto(`${fx.api.url}/dashboard/`);
    await page.getByLabel('E-mail').fill(emailOf('agent', 'dashboard'));
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/do not match/);
    await page.close();
  });

  it('shows an answer posted through the API on an open dashboard, in the feed and the tiles', async () => {
    const page = await openAs('agent');
    const before = Number(await page.getByTestId('total-value').textContent());
    await postAnswer(fx.api.url, fx.project, fx.surveyId, {
      score: 9,
      comment: 'Arrived live',
      locale: 'en',
    });
    await page.locator('[data-testid=feed] li', { hasText: 'Arrived live' }).waitFor();
    await page
      .getByTestId('total-value')
      .filter({ hasText: String(before + 1) })
      .waitFor();
    expect(await page.getByTestId('count-promoter').textContent()).not.toBe('0');
  });

  it('renders a hostile comment as inert text', async () => {
    const page = await openAs('agent');
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await postAnswer(fx.api.url, fx.project, fx.surveyId, { score: 1, comment: hostile });
    const item = page.locator('[data-testid=feed] li', { hasText: '<img src=x' });
    await item.waitFor();
    expect(await item.locator('.comment').textContent()).toBe(hostile);
    expect(await page.locator('[data-testid=feed] img, [data-testid=feed] script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Reloaded from the API (not the live event) it is still text.
    await page.reload();
    await page.locator('[data-testid=feed] li', { hasText: '<img src=x' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('shows a member of A nothing of project B', async () => {
    const other = await fx.api.createProject({ name: 'Project B' });
    await fx.api.createSurvey(other.apiKey, { name: 'Secret survey of B' });
    const page = await openAs('agent');
    const options = await page.getByTestId('survey-select').locator('option').allTextContents();
    expect(options).toEqual(['Survey dashboard']);
    const status = await page.evaluate(
      (projectId) =>
        fetch('/v1/surveys', { headers: { 'x-pulse-project': projectId } }).then((r) => r.status),
      other.projectId,
    );
    expect(status).toBe(403);
  });

  it('holds new answers behind "N new" when the reader has scrolled the feed', async () => {
    const page = await openAs('agent');
    for (let i = 0; i < 12; i++)
      await postAnswer(fx.api.url, fx.project, fx.surveyId, { score: 8, comment: `filler ${i}` });
    await page.locator('[data-testid=feed] li', { hasText: 'filler 11' }).waitFor();
    await page.getByTestId('feed').evaluate((el) => {
      el.scrollTop = 400;
      el.dispatchEvent(new Event('scroll'));
    });
    await postAnswer(fx.api.url, fx.project, fx.surveyId, { score: 10, comment: 'held back' });
    await page.getByTestId('feed-new').filter({ hasText: '1 new answer' }).waitFor();
    expect(await page.locator('[data-testid=feed] li', { hasText: 'held back' }).count()).toBe(0);
    await page.getByTestId('feed-new').click();
    await page.locator('[data-testid=feed] li', { hasText: 'held back' }).waitFor();
  });

  it('lets a viewer see the queue with every control disabled, and the API refuses a viewer 403', async () => {
    await postAnswer(fx.api.url, fx.project, fx.surveyId, {
      score: 0,
      comment: 'I will cancel, support never answered',
    });
    const page = await openAs('viewer');
    await page.goto(`${fx.api.url}/dashboard/#/queue`);
    const card = page.getByTestId('followup').first();
    await card.waitFor();
    // The list loads once and then only changes through live events (no reload loop).
    let reloads = 0;
    page.on('request', (r) => {
      if (r.url().includes('/v1/followups')) reloads++;
    });
    await page.waitForTimeout(1000);
    expect(reloads).toBe(0);
    expect(await card.getByTestId('action-resolve').isDisabled()).toBe(true);
    expect(await card.getByTestId('assign-me').isDisabled()).toBe(true);
    const id = await card.getAttribute('data-followup-id');
    const status = await page.evaluate(
      (followUpId) =>
        fetch(`/v1/followups/${followUpId}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-pulse-csrf': '1' },
          body: JSON.stringify({ version: 0, status: 'resolved' }),
        }).then((r) => r.status),
      id,
    );
    expect(status).toBe(403);
  });

  it("shows a colleague's change live, and on a stale edit says so and shows the current state", async () => {
    await postAnswer(fx.api.url, fx.project, fx.surveyId, { score: 2, comment: 'Billing charged me twice' });
    const owner = await openAs('owner');
    const agent = await openAs('agent');
    // The agent's browser misses follow-up updates, so its copy goes stale.
    await agent.routeWebSocket(/socket\.io/, (ws) => {
      const server = ws.connectToServer();
      server.onMessage((m) => {
        if (!String(m).includes('followup.updated')) ws.send(m);
      });
      ws.onMessage((m) => server.send(m));
    });
    for (const page of [owner, agent]) {
      await page.goto(`${fx.api.url}/dashboard/#/queue`);
      await page.reload();
      await page.getByTestId('followup').filter({ hasText: 'Billing charged me twice' }).waitFor();
    }
    const ownerCard = owner.getByTestId('followup').filter({ hasText: 'Billing charged me twice' });
    const agentCard = agent.getByTestId('followup').filter({ hasText: 'Billing charged me twice' });

    // A colleague (through the API) adds a note: the owner's screen shows it without a reload.
    const id = await ownerCard.getAttribute('data-followup-id');
    const current = await fetch(`${fx.api.url}/v1/followups/${id}`, {
      headers: { authorization: `Bearer ${fx.project.apiKey}` },
    }).then((r) => r.json() as Promise<{ version: number }>);
    const patched = await fetch(`${fx.api.url}/v1/followups/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${fx.project.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: current.version, note: 'Refund issued by finance' }),
    });
    expect(patched.status).toBe(200);
    await ownerCard.getByText('Refund issued by finance').waitFor();

    // The agent acts on the old version: 409, a notice, and the current state.
    await agentCard.getByTestId('assign-me').click();
    await agentCard.getByTestId('followup-notice').waitFor();
    expect(await agentCard.getByTestId('followup-notice').textContent()).toMatch(/colleague changed/);
    await agentCard.getByText('Refund issued by finance').waitFor();
  });

  it('works at tablet width and needed no CSP exception', async () => {
    const page = await openAs('agent', 768);
    // The chart library is a script of its own, fetched after the first screen.
    await page.locator('[data-testid=trend] canvas').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(cspViolations).toEqual([]);
  });
});
