import type { Page } from 'playwright-core';

export { launchChromium } from '@pulse/devstack';

/** Opens the dashboard and signs in through its form, in whatever language it shows. */
export async function signIn(page: Page, apiUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${apiUrl}/dashboard/`);
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('main-nav').waitFor();
}

/** Waits until the live store says it is live (the badge's state, in any language). */
export const liveBadge = (page: Page) => page.locator('[role=status][data-state=live]').waitFor();
