import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { IssuePage } from './pages/issue-page';
import { DEMO_ISSUE } from './support/demo-issue';

test('the archive leads to the issue page, whose checksums match the downloads', async ({ page }) => {
  await new HomePage(page).open();
  await page.getByRole('link', { name: 'Contents and checksums' }).first().click();
  const issue = new IssuePage(page);

  await expect(issue.heading()).toHaveText('Information Release #1, 2024');
  for (const lang of ['en', 'ru'] as const) {
    const download = await page.request.get(`/releases/2024/1/${lang}.pdf`);
    const sha256 = crypto.createHash('sha256').update(await download.body()).digest('hex');
    expect(await issue.checksum(lang)).toBe(sha256);
    expect(download.headers()['etag']).toBe(`"${sha256}"`);
  }
});

test('the contents link each country and article to its page in the PDF', async ({ page }) => {
  const issue = new IssuePage(page);
  await issue.open(DEMO_ISSUE);

  await expect(issue.contentsLink(/^Kazakhstan/)).toHaveAttribute('href', /^\/releases\/2024\/1\/en\.pdf\?inline=1#page=\d+$/);
  await expect(issue.contentsLink(/LIST OF NARCOTIC DRUGS EXPANDED IN KAZAKHSTAN/)).toHaveAttribute('href', /#page=\d+$/);
});

test('each edition can be read as a web page, with a link to the other language', async ({ page }) => {
  const issue = new IssuePage(page);
  await issue.open(DEMO_ISSUE);
  await issue.readOnline('Russian').click();

  await expect(page).toHaveURL(/\/releases\/2024\/1\/ru$/);
  await expect(page.getByRole('heading', { level: 2, name: 'РЕСПУБЛИКА КАЗАХСТАН' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://мвд.рф', exact: false }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Этот выпуск на английском' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'REPUBLIC OF KAZAKHSTAN' })).toBeVisible();
});

test('an unknown issue answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/releases/2024/99');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});
