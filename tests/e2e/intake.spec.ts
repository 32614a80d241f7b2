import path from 'node:path';
import { openDatabase } from '@/lib/db/client';
import { insertTestItem, insertTestOutlet } from '@/tests/helpers/intake-items';
import { ArticlePage } from './pages/article-page';
import { InboxPage } from './pages/inbox-page';
import { LoginPage } from './pages/login-page';
import { expect, test } from './support/no-console-errors';
import { UiMessages } from './support/ui-messages';

const DEMO_EDITOR = 'editor@example.org';
/** The e2e server's database, as tests/e2e/support/desk-articles.ts names it (not imported: its helpers pull in the mail templates' JSON, which Playwright's loader cannot import). */
const SERVER_DATABASE = process.env.E2E_DATABASE_PATH || path.resolve('test-results/e2e/server-data/release-desk.db');

/**
 * Seeds one outlet with three items straight into the e2e server's database (as the poller stores them:
 * score, matched words, country guess). The outlet's name is new each run, and the inbox is filtered by it,
 * so the spec also holds against a reused server.
 */
function seedInbox() {
  const run = Date.now().toString(36);
  const db = openDatabase(SERVER_DATABASE, { migrate: false });
  try {
    const outletName = `KAKTUS-${run}`.toUpperCase();
    const outlet = insertTestOutlet(db, { name: outletName, countryCode: 'KG', language: 'ru', siteUrl: 'https://kaktus.media' });
    const heroin = {
      title: 'В Бишкеке изъяли 2 кг героина',
      url: `https://kaktus.media/doc/${run}-1.html`,
      text: 'Сотрудники СБНОН МВД задержали в Бишкеке двух граждан. При досмотре у них обнаружили 2 кг героина.',
    };
    insertTestItem(db, { ...heroin, summary: 'Задержаны двое, героин изъят.', outletId: outlet, countryCode: 'KG', publishedAt: '2026-12-05T09:30:00Z', words: ['героин'], score: 9 });
    insertTestItem(db, { url: `https://kaktus.media/doc/${run}-2.html`, title: 'Ликвидирована нарколаборатория мефедрона', outletId: outlet, countryCode: 'KG', publishedAt: '2026-12-04T12:00:00Z', words: ['мефедрон'], score: 6 });
    insertTestItem(db, { url: `https://kaktus.media/doc/${run}-3.html`, title: 'Border guards seize hashish', language: 'en', outletId: outlet, publishedAt: '2026-12-03', words: ['hashish'], score: 3 });
    return { outlet, outletName, heroin };
  } finally {
    db.$client.close();
  }
}

test('an editor triages the inbox with the keyboard and creates an article prefilled from an item, its text beside the editor', async ({ page }) => {
  const ui = new UiMessages('en');
  const { outlet, outletName, heroin } = seedInbox();
  await page.setViewportSize({ width: 1440, height: 900 });
  await new LoginPage(page, ui).logIn(DEMO_EDITOR, '/desk');
  await page.getByRole('navigation', { name: ui.text('desk', 'nav.label') }).getByRole('link', { name: ui.text('desk', 'nav.inbox'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/desk/inbox');

  const inbox = new InboxPage(page, ui);
  await inbox.open(`?outlet=${outlet}`);
  await expect(inbox.keysHelp()).toContainText('dismiss');
  // Sorted by score; the matched word is marked; the outlet label and the country guess are shown.
  await expect(inbox.items()).toHaveCount(3);
  const first = inbox.items().first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(heroin.title);
  await expect(first.locator('mark').first()).toHaveText('героин');
  await expect(first).toContainText(outletName);
  await expect(first).toContainText(ui.text('intake', 'inbox.countryGuess', { country: 'Kyrgyzstan' }));
  await expect(inbox.selected()).toHaveText(new RegExp(heroin.title));

  // j moves down; d dismisses the selected item, s keeps the next one.
  await inbox.press('j');
  await expect(inbox.selected()).toContainText('мефедрона');
  await inbox.press('d');
  await expect(inbox.item('Ликвидирована нарколаборатория мефедрона')).toHaveCount(0);
  await expect(inbox.selected()).toContainText('hashish');
  await inbox.press('s');
  await expect(inbox.items()).toHaveCount(1);
  await expect(inbox.tab('dismissed')).toContainText('1');
  await expect(inbox.tab('kept')).toContainText('1');
  await expect(inbox.tab('new')).toContainText('1');
  await inbox.tab('dismissed').click();
  await expect(inbox.items()).toHaveCount(1);
  await expect(inbox.items().first()).toContainText('мефедрона');
  await inbox.tab('kept').click();
  await expect(inbox.items().first()).toContainText('hashish');

  // c on the selected item creates the article and opens the editor, prefilled.
  await inbox.tab('new').click();
  await expect(inbox.selected()).toContainText(heroin.title);
  await inbox.press('c');
  await page.waitForURL(/\/desk\/articles\/\d+$/);
  const articleId = Number(/\/desk\/articles\/(\d+)$/.exec(page.url())![1]);
  const editor = new ArticlePage(page, ui);
  await expect(editor.language('ru').getByLabel(ui.text('editor', 'fields.title'), { exact: true })).toHaveValue(heroin.title);
  await expect(editor.language('en').getByLabel(ui.text('editor', 'fields.title'), { exact: true })).toHaveValue('');
  await expect(editor.language('ru').getByLabel(ui.text('editor', 'fields.body'), { exact: true })).toHaveValue('');
  await expect(page.getByLabel(ui.text('editor', 'fields.outlet'), { exact: true })).toHaveValue(outletName);
  await expect(page.getByLabel(ui.text('editor', 'fields.eventDate'), { exact: true })).toHaveValue('2026-12-05');
  await expect(page.getByLabel(ui.text('editor', 'sources.url', { n: 1 }), { exact: true })).toHaveValue(heroin.url);
  // The item's text is beside the editor, for reference only.
  const reference = page.getByRole('region', { name: ui.text('intake', 'reference.title'), exact: true });
  await expect(reference).toContainText(heroin.text);
  await expect(reference).toContainText(outletName);

  // In the inbox the item is now "used", with its article.
  await inbox.open(`?outlet=${outlet}&status=used`);
  await expect(inbox.items().first()).toContainText(`article #${articleId}`);
  await expect(inbox.items().first().getByRole('link', { name: `article #${articleId}` })).toHaveAttribute('href', `/desk/articles/${articleId}`);
});

test('outlets and intake terms are for the chief editor and administrators: an editor is refused', async ({ page }) => {
  const ui = new UiMessages('en');
  await new LoginPage(page, ui).logIn(DEMO_EDITOR, '/desk');
  for (const path of ['/admin/outlets', '/admin/intake-terms']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.text('desk', 'noAccess.title'));
    await expect(page.getByRole('table')).toHaveCount(0);
  }
});
