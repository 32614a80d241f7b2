import { expect, test } from '@playwright/test';
import { ArticlePage } from './pages/article-page';
import { LoginPage } from './pages/login-page';
import { UiMessages } from './support/ui-messages';

const DEMO_EDITOR = 'editor@example.org';

// Two pages, one login, three saves on a small shared machine (minutes when the machine is busy).
test.setTimeout(5 * 60_000);

test('[en] two pages edit one article: the stale save shows the conflict notice and keeps the typed text in the fields', async ({ browser }) => {
  const ui = new UiMessages('en');
  const baseURL = test.info().project.use.baseURL!;
  const context = await browser.newContext();
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL }]);
  const first = await context.newPage();
  await new LoginPage(first, ui).logIn(DEMO_EDITOR, '/desk/articles/new');
  const run = Date.now().toString(36);

  const a = new ArticlePage(first, ui);
  const id = await a.create('Kazakhstan', '2024-01-15');
  await a.fillTexts('en', { title: `Police seized heroin (${run})` });
  await a.save();

  // The second page loads the saved version; the first then saves a newer one.
  const b = new ArticlePage(await context.newPage(), ui);
  await b.open(id);
  await expect(b.language('en').getByLabel(ui.text('editor', 'fields.title'), { exact: true })).toHaveValue(`Police seized heroin (${run})`);
  await a.fillTexts('en', { title: `Police seized 5 kg of heroin (${run})` });
  await a.save();

  const mine = { title: `Customs seized heroin at the border (${run})`, body: 'Typed on the second page, never saved.' };
  await b.fillTexts('en', mine);
  await b.page.getByRole('button', { name: ui.text('editor', 'save.button'), exact: true }).click();

  const notice = b.page.getByRole('alert').filter({ hasText: ui.text('editor', 'conflict.title') });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(ui.pattern('editor', 'conflict.text'));
  await expect(b.saveStatus()).toHaveText(ui.pattern('editor', 'save.conflict'));
  const section = b.language('en');
  await expect(section.getByLabel(ui.text('editor', 'fields.title'), { exact: true })).toHaveValue(mine.title);
  await expect(section.getByLabel(ui.text('editor', 'fields.body'), { exact: true })).toHaveValue(mine.body);

  // The newer version stays the saved one: the stale page wrote nothing.
  await a.open(id);
  await expect(a.language('en').getByLabel(ui.text('editor', 'fields.title'), { exact: true })).toHaveValue(`Police seized 5 kg of heroin (${run})`);
  await context.close();
});
