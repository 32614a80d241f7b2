import { DEMO_CHIEF, DEMO_PASSWORD } from './support/demo-accounts';
import { expect, test } from './support/no-console-errors';

/** Logs in through the Russian login page (the NEXT_LOCALE cookie picks the language). */
async function logInRussian(page: import('@playwright/test').Page): Promise<void> {
  const baseURL = test.info().project.use.baseURL!;
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'ru', url: baseURL }]);
  await page.goto('/login?next=%2Fdesk');
  await page.getByLabel('Электронная почта').fill(DEMO_CHIEF);
  await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((url) => url.pathname === '/desk');
}

test('in Russian the desk menu fits one line at 1440 px, and the header is compact on a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await logInRussian(page);
  const header = page.locator('[data-desk-header]');
  const tops = await header.getByRole('navigation').getByRole('listitem').evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThanOrEqual(3);
  expect(new Set(tops).size).toBe(1);
  // …and none of it is cut off or scrolled away.
  expect(await header.getByRole('navigation').locator('ul').evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true);
  expect((await header.boundingBox())!.height).toBeLessThan(70);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  const phone = (await header.boundingBox())!;
  expect(phone.height).toBeLessThan(110);
  // Nothing sticks out sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
