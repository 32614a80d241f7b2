import type { Page } from '@playwright/test';

/** Set by playwright.config.ts in the web server's environment: the demo accounts' password. */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'e2e-demo-password';
export const DEMO_CHIEF = 'chief@example.org';

/** Logs in through the login page and waits to be taken to `next`. */
export async function logIn(page: Page, email: string, next: string): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname === next);
}
