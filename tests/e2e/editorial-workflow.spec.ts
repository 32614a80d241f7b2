import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { ArticlePage } from './pages/article-page';
import { LoginPage } from './pages/login-page';
import { ReviewPanel } from './pages/review-panel';
import { DEMO_CHIEF } from './support/demo-accounts';
import { UiMessages, type UiLang } from './support/ui-messages';

const DEMO_EDITOR = 'editor@example.org';

// Two users, two logins, a photo upload and four transitions on a small shared machine.
test.setTimeout(5 * 60_000);

/** A fresh browser context whose UI language is `lang` (the cookie the language switch sets). */
async function openAs(browser: Browser, lang: UiLang, email: string, next: string): Promise<Page> {
  const baseURL = test.info().project.use.baseURL!;
  const context = await browser.newContext();
  await context.addCookies([{ name: 'NEXT_LOCALE', value: lang, url: baseURL }]);
  const page = await context.newPage();
  await new LoginPage(page, new UiMessages(lang)).logIn(email, next);
  return page;
}

async function photoJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 1400, height: 900, channels: 3, background: { r: 40, g: 90, b: 140 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

const CASES: { lang: UiLang; country: string }[] = [
  { lang: 'en', country: 'Kazakhstan' },
  { lang: 'ru', country: 'Казахстан' },
];

for (const { lang, country } of CASES) {
  test(`[${lang}] an editor writes an article, the chief editor sends it back with a comment, the editor fixes it and the chief editor approves it`, async ({
    browser,
  }) => {
    const ui = new UiMessages(lang);
    const run = `${lang}-${Date.now().toString(36)}`;
    const texts = {
      en: {
        title: `Almaty police seized 5 kg of heroin (${run})`,
        body: 'Police officers in Almaty detained two men.\n\nThey seized 5 kg of heroin in a car.',
        digest: 'seizure of 5 kg of heroin',
      },
      ru: {
        title: `Полиция Алматы изъяла 5 кг героина (${run})`,
        body: 'Полицейские Алматы задержали двух мужчин.\n\nВ автомобиле изъято 5 кг героина.',
        digest: 'изъятие 5 кг героина',
      },
    };
    const fix = { en: ' The investigation continues.', ru: ' Следствие продолжается.' };
    const reason = `${run}: please add that the investigation continues.`;

    const editorPage = await openAs(browser, lang, DEMO_EDITOR, '/desk/articles/new');
    const editor = new ArticlePage(editorPage, ui);
    const editorReview = new ReviewPanel(editorPage, ui);

    const id = await test.step('the editor creates a draft and writes both languages, a source and a photo', async () => {
      const articleId = await editor.create(country, '2024-01-15');
      await editorReview.expectStatus('draft');
      for (const l of ['en', 'ru'] as const) await editor.fillTexts(l, texts[l]);
      await editor.fillSource(1, `https://example.org/news/${run}`);
      await editor.save();
      await expect(editor.heading()).toContainText(texts[lang].title);

      const card = await editor.uploadPhoto({ name: `seizure-${run}.jpg`, mimeType: 'image/jpeg', buffer: await photoJpeg() }, 1);
      // The server may scale the photo down for print; its stored size is shown either way.
      await expect(card).toContainText(ui.pattern('editor', 'photos.size'));
      return articleId;
    });

    await test.step('the editor submits it for review and can no longer edit it', async () => {
      await editorReview.transition('submit', 'in_review');
      await expect(editor.readOnlyNote('in_review')).toBeVisible();
    });

    const chiefPage = await openAs(browser, lang, DEMO_CHIEF, `/desk/articles/${id}`);
    const chief = new ArticlePage(chiefPage, ui);
    const chiefReview = new ReviewPanel(chiefPage, ui);

    await test.step('the chief editor sends it back with a comment', async () => {
      await chiefReview.expectStatus('in_review');
      await expect(chief.language('ru').getByLabel(ui.text('editor', 'fields.title'), { exact: true })).toHaveValue(texts.ru.title);
      // The reason is required: an empty comment is refused before anything is sent.
      await chiefReview.button('request_changes').click();
      await expect(chiefReview.panel().getByRole('alert')).toHaveText(ui.text('review', 'errors.commentRequired'));
      await chiefReview.expectStatus('in_review');
      await chiefReview.transition('request_changes', 'changes_requested', reason);
      await expect(chiefReview.comment('changes_requested', reason)).toBeVisible();
    });

    await test.step('the editor reads the comment, fixes the text and submits again', async () => {
      await editor.open(id);
      await editorReview.expectStatus('changes_requested');
      await expect(editorReview.comment('changes_requested', reason)).toBeVisible();
      for (const l of ['en', 'ru'] as const) await editor.fillTexts(l, { body: texts[l].body + fix[l] });
      await editor.save();
      await editorReview.transition('submit', 'in_review');
    });

    await test.step('the chief editor sees the fix and approves', async () => {
      await chief.open(id);
      await chiefReview.expectStatus('in_review');
      await expect(chief.language('en').getByLabel(ui.text('editor', 'fields.body'), { exact: true })).toHaveValue(texts.en.body + fix.en);
      await chiefReview.transition('approve', 'approved');
      await expect(chief.readOnlyNote('approved')).toBeVisible();
    });

    await test.step('the editor sees the article approved and read-only', async () => {
      await editor.open(id);
      await editorReview.expectStatus('approved');
      await expect(editor.heading()).toContainText(texts[lang].title);
      await expect(editor.readOnlyNote('approved')).toBeVisible();
      await expect(editorPage.getByLabel(ui.text('editor', 'fields.body'), { exact: true })).toHaveCount(0);
    });

    await editorPage.context().close();
    await chiefPage.context().close();
  });
}
