import { IssueDeskPage } from './pages/issue-desk-page';
import { DEMO_CHIEF, logIn } from './support/demo-accounts';
import { approveArticles } from './support/desk-articles';
import { expect, test } from './support/no-console-errors';

// Two publications of two editions on a small, shared machine.
test.setTimeout(12 * 60_000);

test('save the summary, publish after a confirmation, start a correction and publish again: no browser error, never stuck', async ({ page, consoleErrors }) => {
  const run = Date.now().toString(36);
  approveArticles([
    { countryCode: 'KZ', eventDate: '2022-03-04', titleEn: `Hashish seized in Shymkent (${run})`, titleRu: `В Шымкенте изъят гашиш (${run})` },
    { countryCode: 'KG', eventDate: '2022-03-09', titleEn: `Lecture for students in Osh (${run})`, titleRu: `Лекция для студентов в Оше (${run})` },
  ]);
  await logIn(page, DEMO_CHIEF, '/desk/issues');
  const desk = new IssueDeskPage(page);
  await desk.createIssue('2022-03-01', '2022-03-31');
  for (const title of [`Hashish seized in Shymkent (${run})`, `Lecture for students in Osh (${run})`]) await desk.addArticle(title);

  await test.step('edit and save the summary', async () => {
    const counts = page.getByLabel(/Events paragraph/).first();
    await counts.fill(`${await counts.inputValue()} Edited by the chief editor.`);
    await page.getByRole('button', { name: 'Save the summary' }).click();
    await expect(page.locator('#summary').getByText('Summary saved.')).toBeVisible();
    await expect(page.locator('#summary').getByRole('button', { name: 'Use the generated text' })).toBeVisible();
  });

  await test.step('publish revision 1 (the confirmation names issue, revision, editions and pages)', async () => {
    await desk.publish(1);
    await expect(page.getByText('This issue is published and can no longer be changed.', { exact: false })).toBeVisible();
  });

  await test.step('start a correction and publish revision 2', async () => {
    await desk.startCorrection();
    await desk.publish(2);
    await expect(page.locator('#files tr[data-revision]')).toHaveCount(4);
  });

  expect(consoleErrors).toEqual([]);
});
