import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { DEMO_ISSUE } from './support/demo-issue';

test('the home page lists issue #1 of 2024 with its English and Russian editions', async ({ page }) => {
  const home = new HomePage(page);
  await home.open();

  await expect(home.editionLink(DEMO_ISSUE, 'en')).toBeVisible();
  await expect(home.editionLink(DEMO_ISSUE, 'ru')).toBeVisible();
});
