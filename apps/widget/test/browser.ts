import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

export { launchChromium } from '@pulse/devstack';

/** The survey panel inside the widget's shadow root (Playwright's CSS engine pierces open shadow roots). */
export const panel = (page: Page) => page.locator('pulse-widget [role="dialog"]');

/** Which element inside the widget has focus: its name, id or class. */
export function focusedInWidget(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.querySelector('pulse-widget')?.shadowRoot?.activeElement;
    if (!active) return null;
    return active.getAttribute('name') ?? (active.id || active.className || active.tagName);
  });
}

/** Tabs from the host page into the widget until `target` has focus; fails after a bounded number of presses. */
export async function tabTo(page: Page, target: string): Promise<void> {
  for (let presses = 0; presses < 25; presses++) {
    if ((await focusedInWidget(page)) === target) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${target}" inside the widget`);
}

/** Pending answers in the widget's localStorage queue. */
export function pendingAnswers(page: Page, publicKey: string): Promise<number> {
  return page.evaluate(
    (key) => JSON.parse(localStorage.getItem(`pulse:v1:${key}:queue`) ?? '[]').length,
    publicKey,
  );
}

/** Resolves with the loader's eligibility verdict for this page view. */
export function readyVerdict(page: Page): Promise<{ show: boolean; reason?: string }> {
  return page
    .waitForFunction(() => {
      const events = (window as unknown as { __events?: { name: string; detail: unknown }[] }).__events ?? [];
      return events.find((e) => e.name === 'ready')?.detail;
    })
    .then((handle) => handle.jsonValue() as Promise<{ show: boolean; reason?: string }>);
}

/** Answers the open survey with the keyboard alone: score by digit keys, comment, submit with Enter. */
export async function answerWithKeyboard(page: Page, score: string, comment: string): Promise<void> {
  await tabTo(page, 'pulse-score');
  // Digit keys pick a score; "10" is typed as 1 then 0.
  for (const digit of score) await page.keyboard.press(digit);
  expect(await panel(page).locator('input:checked').getAttribute('value')).toBe(score);
  await tabTo(page, 'pulse-comment');
  await page.keyboard.type(comment);
  await tabTo(page, 'submit');
  await page.keyboard.press('Enter');
  await panel(page).locator('.thanks').waitFor();
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

export type { Browser, BrowserContext, Page };
