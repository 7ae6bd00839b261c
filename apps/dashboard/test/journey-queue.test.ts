/**
 * The CX team's journey in Chromium on the seeded demo (setup in journey.ts).
 * The follow-up queue: every move in every state, assigning, notes, holding a card, refusals.
 */
import type { FollowUp, FollowUpState } from '@pulse/shared';
import { FOLLOW_UP_TRANSITIONS } from '@pulse/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { format, queue, shell } from './english.js';
import {
  answer,
  api,
  demo,
  forgiveConsoleErrors,
  horizontalOverflow,
  open,
  setUpJourney,
} from './journey.js';

setUpJourney('journey_queue');

/** A fresh detractor follow-up, moved through the API to `state`. */
async function followUpIn(state: FollowUpState, comment: string): Promise<string> {
  const id = await answer(2, comment);
  if (state === 'open') return id;
  const auth = { authorization: `Bearer ${demo.apiKey}`, 'content-type': 'application/json' };
  const current = (await fetch(`${api.url}/v1/followups/${id}`, { headers: auth }).then((r) =>
    r.json(),
  )) as FollowUp;
  const res = await fetch(`${api.url}/v1/followups/${id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ version: current.version, status: state }),
  });
  expect(res.status).toBe(200);
  return id;
}

async function openQueue(width: number, status = 'open'): Promise<Page> {
  const page = await open(width);
  await page.goto(`${api.url}/dashboard/#/queue`);
  await page.getByTestId('queue-status').waitFor();
  await page.getByTestId('queue-status').selectOption(status);
  return page;
}

describe.each([1280, 375])('the follow-up queue at %i px', (width) => {
  it('shows each state only its moves, the usual one first, and every one of them works', async () => {
    const page = await openQueue(width);
    for (const [state, moves] of Object.entries(FOLLOW_UP_TRANSITIONS) as [
      FollowUpState,
      typeof FOLLOW_UP_TRANSITIONS.open,
    ][]) {
      // One state at a time keeps the list short; a moved card stays while the pointer is on it.
      await page.getByTestId('queue-status').selectOption(state);
      for (const move of moves) {
        const comment = `${state} then ${move.action} at ${width} px`;
        const id = await followUpIn(state, comment);
        const card = page.locator(`[data-followup-id="${id}"]`);
        await card.waitFor();
        await card.and(page.locator(`[data-status="${state}"]`)).waitFor();
        const buttons = card.locator('footer button[data-testid^="action-"]');
        expect(
          await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))),
          state,
        ).toEqual(moves.map((m) => `action-${m.action}`));
        expect(await buttons.first().getAttribute('class'), state).toContain('primary');
        await card.getByTestId(`action-${move.action}`).click();
        await card.and(page.locator(`[data-status="${move.to}"]`)).waitFor();
        expect(await card.getByTestId('followup-notice').count(), comment).toBe(0);
        if (move.to === 'resolved' || move.to === 'dismissed') {
          expect(await card.getByTestId('closed-at').textContent()).toBe(
            queue.closedAt[move.to]({ when: format.when(new Date().toISOString()) }),
          );
          expect(await card.getByTestId('due').count()).toBe(0);
        }
      }
    }
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('assigns, unassigns and takes notes', async () => {
    const id = await followUpIn('open', `notes at ${width} px`);
    const page = await openQueue(width);
    const card = page.locator(`[data-followup-id="${id}"]`);
    await card.waitFor();
    await card.getByTestId('assign-me').click();
    await card.getByTestId('assignee').filter({ hasText: demo.member!.email }).waitFor();
    await card.getByRole('button', { name: queue.unassign }).click();
    await card.getByTestId('assignee').filter({ hasText: queue.unassigned }).waitFor();
    await card.getByPlaceholder(queue.notePlaceholder).fill('Called them back');
    await card.getByRole('button', { name: queue.addNote }).click();
    await card.getByText('Called them back').waitFor();
    await page.context().close();
  });
});

describe('acting on a card', () => {
  it('keeps the card under the pointer in place until the person moves on', async () => {
    for (let i = 0; i < 3; i++) await followUpIn('open', `stays put ${i}`);
    const page = await openQueue(1280, 'open');
    const first = page.getByTestId('followup').first();
    await first.waitFor();
    const id = await first.getAttribute('data-followup-id');
    const position = async () => {
      const box = await page.locator(`[data-followup-id="${id}"]`).boundingBox();
      return box && { x: box.x, y: box.y };
    };
    const box = await position();
    await first.getByTestId('assign-me').click();
    await first.getByTestId('assignee').filter({ hasText: demo.member!.email }).waitFor();
    const same = page.locator(`[data-followup-id="${id}"]`);
    expect(await position()).toEqual(box);
    // Started: no longer "open", yet it stays where it was while the pointer is on it.
    await same.getByTestId('action-start').click();
    await same.and(page.locator('[data-status="in_progress"]')).waitFor();
    expect(await page.getByTestId('followup').first().getAttribute('data-followup-id')).toBe(id);
    expect(await position()).toEqual(box);
    // Moving on (pointer away, a click elsewhere) lets the queue put it where it belongs.
    await page.mouse.move(5, 5);
    await page.getByRole('heading', { name: queue.title }).click();
    await same.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('says why a change was refused and what to do', async () => {
    const id = await followUpIn('open', 'refusals');
    const page = await openQueue(1280, 'open');
    const card = page.locator(`[data-followup-id="${id}"]`);
    await card.waitFor();
    const cases: [number, object, string][] = [
      [500, { error: { code: 'internal_error', message: 'x' } }, queue.notices.serverError],
      [
        409,
        {
          error: {
            code: 'invalid_transition',
            message: 'This follow-up is resolved, so it cannot become in progress.',
          },
        },
        queue.notices.invalidTransition,
      ],
    ];
    for (const [status, body, notice] of cases) {
      await page.route(`**/v1/followups/${id}`, (route) =>
        route.request().method() === 'PATCH'
          ? route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) })
          : route.fallback(),
      );
      await card.getByTestId('action-start').click();
      await card.getByTestId('followup-notice').filter({ hasText: notice }).waitFor();
      await page.unroute(`**/v1/followups/${id}`);
    }
    await page.route(`**/v1/followups/${id}`, (route) =>
      route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.fallback(),
    );
    await card.getByTestId('action-start').click();
    await card.getByTestId('followup-notice').filter({ hasText: queue.notices.offline }).waitFor();
    // The browser reports each refused request itself; those are this test's doing.
    forgiveConsoleErrors((e) => e.includes('Failed to load resource'));
    await page.context().close();
  });
});

describe('two people correcting one follow-up', () => {
  it("refuses a correction made on an open form after a colleague's, instead of overwriting it", async () => {
    const id = await answer(2, 'Checkout kept failing on my phone, two weeks now');
    const auth = { authorization: `Bearer ${demo.apiKey}`, 'content-type': 'application/json' };
    const read = async () =>
      (await fetch(`${api.url}/v1/followups/${id}`, { headers: auth }).then((r) => r.json())) as FollowUp;
    const page = await openQueue(1280);
    const card = page.locator(`[data-followup-id="${id}"]`);
    await card.waitFor();
    await card.getByTestId('correct').click();
    const form = card.getByTestId('correction');
    await form.getByLabel(shell.themes.usability).check();

    // Meanwhile a colleague adds another theme; the card updates live, the open form says so.
    const opened = await read();
    const colleague = [...opened.themes, 'features'] as FollowUp['themes'];
    const res = await fetch(`${api.url}/v1/followups/${id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ version: opened.version, themes: colleague }),
    });
    expect(res.status).toBe(200);
    await card.getByTestId('theme-badge').filter({ hasText: shell.themes.features }).waitFor();
    await form.getByTestId('correction-moved-on').filter({ hasText: queue.correction.movedOn }).waitFor();

    await form.getByTestId('save-correction').click();
    await card.getByTestId('followup-notice').filter({ hasText: queue.notices.stale }).waitFor();
    const after = await read();
    expect(after.themes).toContain('features');
    expect(after.themes).not.toContain('usability');
    expect(after.version).toBe(opened.version + 1);
    // The refusal is a 409 the browser reports itself; it is this test's doing.
    forgiveConsoleErrors((e) => e.includes('Failed to load resource'));
    await page.context().close();
  });
});
