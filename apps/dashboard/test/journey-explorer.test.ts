/**
 * The CX team's journey in Chromium on the seeded demo (setup in journey.ts).
 * The responses explorer: finding an answer by a word and by a trait, its detail and the
 * respondent's timeline, the view kept in the address, the export, and new answers offered.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as ar from './arabic.js';
import { signIn } from './browser.js';
import { responses, shell } from './english.js';
import { api, browser, demo, horizontalOverflow, open, setUpJourney, watchConsole } from './journey.js';

setUpJourney('journey_explorer');

/** A page may take a moment: the screen's chunk, the session, the list. */
const WAIT = { timeout: 15_000 };
const auth = () => ({ authorization: `Bearer ${demo.apiKey}`, 'content-type': 'application/json' });

/** An answer of one respondent with traits, the way the widget sends it after `Pulse.identify`. */
async function answerAs(
  respondent: { id: string; traits: Record<string, string> },
  score: number,
  comment: string,
  surveyId = demo.surveyId,
): Promise<string> {
  const created = await api.answer(demo.publicKey, surveyId, {
    score,
    comment,
    locale: 'en',
    respondent,
    context: { url: 'https://app.acme.example/billing' },
  });
  // The explorer reads an index derived from the answers: wait until it holds this one.
  await api.server.services.ingest.settle();
  return created.id;
}

async function openExplorer(query = ''): Promise<Page> {
  const page = await open(1280);
  await page.goto(`${api.url}/dashboard/#/responses${query}`);
  await page.locator('[data-testid=explorer-count], [data-testid=explorer-empty]').first().waitFor();
  return page;
}

const shownIds = (page: Page) =>
  page.getByTestId('response-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-response-id')));

describe('the responses explorer', () => {
  it('finds an answer by a word of its comment, keeps the search in the address, and opens its detail', async () => {
    const word = `zorbly${randomUUID().slice(0, 6)}`;
    const respondent = { id: `cust-${randomUUID()}`, traits: { plan: 'enterprise' } };
    const id = await answerAs(respondent, 2, `The invoice for ${word} was charged twice, I will cancel`);
    await answerAs({ id: `other-${randomUUID()}`, traits: { plan: 'pro' } }, 9, 'Nothing special to say');

    const page = await openExplorer();
    await page.getByTestId('explorer-q').fill(word.toUpperCase());
    await page.getByTestId('explorer-search').click();
    await page.waitForURL((url) => url.hash.includes(`q=${word.toUpperCase()}`));
    await expect.poll(() => shownIds(page), WAIT).toEqual([id]);

    // A reload (or the link, shared) shows the same view.
    await page.reload();
    await expect.poll(() => shownIds(page), WAIT).toEqual([id]);
    expect(await page.getByTestId('explorer-q').inputValue()).toBe(word.toUpperCase());

    await page.locator(`[data-response-id="${id}"] a`).click();
    const detail = page.getByTestId('answer-detail');
    await detail.getByTestId('detail-classification').waitFor();
    expect(await detail.getByTestId('detail-comment').textContent()).toContain(word);
    expect(await detail.getByTestId('detail-score').textContent()).toBe('2');
    expect(await detail.getByTestId('detail-language').textContent()).toBe(
      shell.commentLanguage({ language: 'English' }),
    );
    expect(await detail.getByTestId('detail-traits').textContent()).toContain('enterprise');
    expect(await detail.getByTestId('detail-context').textContent()).toContain(
      'https://app.acme.example/billing',
    );
    expect(await detail.getByTestId('detail-evidence').locator('[data-flag=churn]').count()).toBe(1);
    // A detractor's follow-up, one click away in the queue.
    const followUp = (await fetch(`${api.url}/v1/responses/${id}`, { headers: auth() }).then((r) =>
      r.json(),
    )) as {
      followUp: { id: string };
    };
    expect(await detail.getByTestId('detail-followup-link').getAttribute('href')).toBe(
      `#/queue/${followUp.followUp.id}`,
    );
    expect(page.url()).toContain(`answer=${id}`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The link opens the queue with that card marked.
    await detail.getByTestId('detail-followup-link').click();
    await page
      .locator(`[data-testid=followup][data-linked][data-followup-id="${followUp.followUp.id}"]`)
      .waitFor();
    expect(await page.locator('[data-testid=followup][data-linked]').count()).toBe(1);
    await page.context().close();
  });

  it('finds a respondent’s answers by a trait, shows their timeline across surveys, and exports exactly the rows shown', async () => {
    const team = `t${randomUUID().slice(0, 8)}`;
    const respondent = { id: `cust-${randomUUID()}`, traits: { team } };
    const other = (await api.createSurvey(demo.apiKey, { name: `Onboarding ${team}` })).id;
    const older = await answerAs(respondent, 8, 'Setup was fine', other);
    const first = await answerAs(respondent, 6, 'Reports are slow to load');
    const second = await answerAs(respondent, 10, 'Much faster now, thanks');
    await answerAs({ id: `cust-${randomUUID()}`, traits: { team: `${team}x` } }, 7, 'Not this team');

    const page = await openExplorer(`?survey=${demo.surveyId}`);
    await page.getByTestId('explorer-trait').fill(`team=${team}`);
    await page.getByTestId('explorer-trait').press('Enter');
    await expect.poll(() => shownIds(page), WAIT).toEqual([second, first]);
    expect(await page.getByTestId('explorer-count').textContent()).toBe(responses.shown({ count: 2 }));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('explorer-export').click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, ...rows] = csv.trim().split('\n');
    expect(header!.split(',')[0]).toBe('id');
    expect(rows.map((row) => row.split(',')[0])).toEqual(await shownIds(page));

    await page.locator(`[data-response-id="${first}"] a`).click();
    const timeline = page.getByTestId('detail-timeline');
    await timeline.waitFor();
    expect(
      await timeline.locator('li').evaluateAll((li) => li.map((l) => l.getAttribute('data-response-id'))),
    ).toEqual([second, first, older]);
    expect(await timeline.locator(`[data-response-id="${older}"]`).textContent()).toContain(
      `Onboarding ${team}`,
    );
    await page.context().close();
  });

  it('offers answers that arrive live and match the view, and shows them on request', async () => {
    const word = `quibble${randomUUID().slice(0, 6)}`;
    const first = await answerAs({ id: `cust-${randomUUID()}`, traits: {} }, 4, `${word} number one`);
    const page = await openExplorer(`?survey=${demo.surveyId}&q=${word}`);
    await expect.poll(() => shownIds(page), WAIT).toEqual([first]);

    await answerAs({ id: `cust-${randomUUID()}`, traits: {} }, 9, 'Does not match the search');
    const late = await answerAs({ id: `cust-${randomUUID()}`, traits: {} }, 3, `${word} number two`);
    const fresh = page.getByTestId('explorer-fresh');
    await fresh.waitFor();
    expect(await fresh.textContent()).toBe(responses.fresh({ count: 1 }));
    expect(await shownIds(page), 'nothing moves under the reader').toEqual([first]);
    await fresh.click();
    await expect.poll(() => shownIds(page), WAIT).toEqual([late, first]);
    await page.context().close();
  });

  it('says why a view is empty and offers the way out: all time for an empty period, clearing for filters', async () => {
    const page = await openExplorer('?period=custom&from=2001-01-01&to=2001-01-31');
    const empty = page.getByTestId('explorer-empty');
    expect(await empty.textContent()).toContain(responses.emptyPeriod);
    await empty.getByTestId('explorer-empty-all-time').click();
    await page.getByTestId('explorer-count').waitFor(WAIT);
    expect(new URL(page.url()).hash).not.toContain('period=');

    const word = `nothingmatches${randomUUID().slice(0, 6)}`;
    await page.goto(`${api.url}/dashboard/#/responses?period=30d&q=${word}`);
    await empty.waitFor(WAIT);
    expect(await empty.textContent()).toContain(responses.empty);
    await empty.getByTestId('explorer-empty-clear').click();
    await page.waitForURL((url) => !url.hash.includes('q='));
    // As the toolbar's "Clear filters" does: the whole list, all time.
    expect(new URL(page.url()).hash).not.toContain('period=');
    await page.getByTestId('explorer-count').waitFor(WAIT);
  });

  it('pages on with “Load more”, each answer once, newest first', async () => {
    const team = `p${randomUUID().slice(0, 8)}`;
    const ids: string[] = [];
    for (let i = 0; i < 55; i++)
      ids.unshift(await answerAs({ id: `cust-${team}-${i}`, traits: { team } }, i % 11, `page ${i}`));
    const page = await openExplorer(`?survey=${demo.surveyId}&trait=team%3D${team}`);
    await expect.poll(async () => (await shownIds(page)).length, WAIT).toBe(50);
    await page.getByTestId('explorer-more').click();
    await expect.poll(() => shownIds(page), WAIT).toEqual(ids);
    expect(await page.getByTestId('explorer-more').count()).toBe(0);
    await page.context().close();
  });
});

describe('the explorer in Arabic on a phone', () => {
  it('fits at 375 px with an answer and its timeline open, mirrored, the comment in its own direction', async () => {
    const respondent = { id: `cust-${randomUUID()}`, traits: { plan: 'pro' } };
    await answerAs(respondent, 9, 'Fast and simple');
    const id = await answerAs(respondent, 3, 'The export keeps timing out on large reports');
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'ar' });
    const page = await context.newPage();
    watchConsole(page);
    await signIn(page, api.url, demo.member!.email, demo.member!.password);
    await page.goto(`${api.url}/dashboard/#/responses?survey=${demo.surveyId}&answer=${id}`);
    await page.getByTestId('detail-timeline').locator('li').nth(1).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.getByTestId('detail-comment').getAttribute('dir')).toBe('auto');
    expect(await page.getByTestId('explorer-count').textContent()).toBe(
      ar.responses.shown({ count: await page.getByTestId('response-row').count() }),
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
