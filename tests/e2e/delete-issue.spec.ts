import { expect, test } from '@playwright/test';
import { IssueDeskPage } from './pages/issue-desk-page';
import { DEMO_CHIEF, logIn } from './support/demo-accounts';

test('the chief editor deletes an issue created by mistake, and its number is offered again', async ({ page }) => {
  await logIn(page, DEMO_CHIEF, '/desk/issues');
  const desk = new IssueDeskPage(page);
  await desk.createIssue('2022-07-01', '2022-07-31');
  const number = Number(/#(\d+)/.exec((await desk.heading().textContent()) ?? '')![1]);

  await desk.deleteDraft(number, 2022);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Issues');
  await expect(page.getByRole('link', { name: `#${number} of 2022`, exact: true })).toHaveCount(0);
  await page.getByLabel('First day of the period').fill('2022-07-01');
  await page.getByLabel('Last day of the period').fill('2022-07-31');
  await page.getByRole('button', { name: 'Create the issue' }).click();
  await expect(desk.heading()).toHaveText(`Issue #${number} of 2022`);
});
