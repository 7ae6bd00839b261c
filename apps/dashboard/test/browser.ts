import type { Page } from 'playwright-core';

export { launchChromium } from '@pulse/devstack';

/** Opens the dashboard and signs in through its form. */
export async function signIn(page: Page, apiUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${apiUrl}/dashboard/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
