import { expect, test } from '@playwright/test';
import { ArticlePage } from './pages/article-page';
import { LoginPage } from './pages/login-page';
import { UiMessages } from './support/ui-messages';

const DEMO_EDITOR = 'editor@example.org';

test.setTimeout(3 * 60_000);

// The demo imports of January 2024 filled the memory and the demo termbase is loaded (seed:demo).
test('an editor writing a new Kazakh article gets a memory suggestion and a term underline, and inserts them', async ({ page }) => {
  const ui = new UiMessages('en');
  await new LoginPage(page, ui).logIn(DEMO_EDITOR, '/desk/articles/new');
  const editor = new ArticlePage(page, ui);
  await editor.create('Kazakhstan', '2024-02-02');

  const paragraph =
    'One of the best ways to combat drug addiction is prevention, the law enforcement officers are convinced. Karaganda police initiated awareness-raising activities among servicemen who were called up last year to military units in the region.';
  await editor.fillTexts('en', { body: paragraph });

  const assist = page.getByTestId('tm-assist');
  const segment = assist.getByRole('article', { name: ui.text('translation', 'segment.paragraph', { n: 1 }) });
  const suggestion = segment.getByTestId('tm-suggestion').first();
  await expect(suggestion).toBeVisible({ timeout: 20_000 });
  await expect(suggestion).toContainText('%');
  await expect(suggestion).toContainText('#1/2024');

  // The term is underlined in the source; hovering tells the approved translation.
  const term = segment.locator('button[data-term="Karaganda"]');
  await expect(term).toBeVisible();
  await expect(term).toHaveAttribute('title', /Караганда/);

  // Nothing was inserted on its own.
  const ruBody = editor.language('ru').getByLabel(ui.text('editor', 'fields.body'), { exact: true });
  await expect(ruBody).toHaveValue('');
  await suggestion.getByRole('button', { name: ui.text('translation', 'insert') }).click();
  await expect(ruBody).toHaveValue(/[а-яё]{4,}/i);

  // A click on the term inserts its approved translation at the cursor of the other side.
  const ruTitle = editor.language('ru').getByLabel(ui.text('editor', 'fields.title'), { exact: true });
  await ruTitle.fill('Полиция: ');
  await ruTitle.focus();
  await term.click();
  await expect(ruTitle).toHaveValue('Полиция: Караганда');
  await editor.save();
});
