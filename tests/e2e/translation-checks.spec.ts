import { expect, test, type Browser, type Page } from '@playwright/test';
import { ArticlePage } from './pages/article-page';
import { LoginPage } from './pages/login-page';
import { ReviewPanel } from './pages/review-panel';
import { TranslationChecksPanel } from './pages/translation-checks-panel';
import { DEMO_CHIEF } from './support/demo-accounts';
import { UiMessages, type UiLang } from './support/ui-messages';

const DEMO_EDITOR = 'editor@example.org';

// Two users, two logins and a few saves on a small shared machine.
test.setTimeout(5 * 60_000);

async function openAs(browser: Browser, lang: UiLang, email: string, next: string): Promise<Page> {
  const baseURL = test.info().project.use.baseURL!;
  const context = await browser.newContext();
  await context.addCookies([{ name: 'NEXT_LOCALE', value: lang, url: baseURL }]);
  const page = await context.newPage();
  await new LoginPage(page, new UiMessages(lang)).logIn(email, next);
  return page;
}

for (const lang of ['en', 'ru'] as const) {
  test(`[${lang}] a wrong quantity typed in Russian shows as an error at once, and the chief editor must give a reason to approve`, async ({ browser }) => {
    const ui = new UiMessages(lang);
    const run = `${lang}-${Date.now().toString(36)}`;
    const texts = {
      en: {
        title: `Zhambyl police seized 15 kg of hashish (${run})`,
        body: 'On January 12, 2024, police officers in the Zhambyl region detained two couriers.\n\nThey seized 15 kg of hashish from a car.',
        digest: 'seizure of 15 kg of hashish',
      },
      ru: {
        title: `Полиция Жамбылской области изъяла 15 кг гашиша (${run})`,
        body: '12 января 2024 года сотрудники полиции Жамбылской области задержали двух курьеров.\n\nИз автомобиля изъято 15 кг гашиша.',
        digest: 'изъятии 15 кг гашиша',
      },
    };
    const wrongBody = texts.ru.body.replace('15 кг', '150 кг');
    const reason = `${run}: the source itself reports 150 kg; confirmed with the press office.`;

    const editorPage = await openAs(browser, lang, DEMO_EDITOR, '/desk/articles/new');
    const editor = new ArticlePage(editorPage, ui);
    const editorReview = new ReviewPanel(editorPage, ui);
    const editorChecks = new TranslationChecksPanel(editorPage, ui);

    const id = await test.step('the editor writes both languages: the checks find nothing', async () => {
      const articleId = await editor.create(lang === 'en' ? 'Kazakhstan' : 'Казахстан', '2024-01-12');
      for (const l of ['en', 'ru'] as const) await editor.fillTexts(l, texts[l]);
      await editor.fillSource(1, `https://example.org/news/${run}`);
      await expect(editorChecks.panel()).toContainText(ui.text('translationChecks', 'none'));
      await editor.save();
      return articleId;
    });

    await test.step('the editor types a wrong quantity in Russian and sees the error before saving', async () => {
      await editor.fillTexts('ru', { body: wrongBody });
      const error = editorChecks.finding('unitMismatch', { en: '15 kg', ru: '150 кг' });
      await expect(error).toBeVisible();
      await expect(error).toHaveAttribute('data-severity', 'error');
      await expect(editorChecks.errors()).toHaveCount(1);
      await editor.save();
      await editorReview.transition('submit', 'in_review');
    });

    const chiefPage = await openAs(browser, lang, DEMO_CHIEF, `/desk/articles/${id}`);
    const chiefReview = new ReviewPanel(chiefPage, ui);
    const chiefChecks = new TranslationChecksPanel(chiefPage, ui);

    await test.step('the chief editor sees the error in review and cannot approve without a reason', async () => {
      await chiefReview.expectStatus('in_review');
      await expect(chiefChecks.finding('unitMismatch', { en: '15 kg', ru: '150 кг' })).toBeVisible();
      await expect(chiefChecks.approvalReason()).toBeVisible();
      await chiefReview.button('approve').click();
      await expect(chiefReview.panel().getByRole('alert')).toHaveText(ui.text('translationChecks', 'approve.reasonRequired'));
      await chiefReview.expectStatus('in_review');
    });

    await test.step('with the reason given, the article is approved', async () => {
      await chiefChecks.approvalReason().fill(reason);
      await chiefReview.transition('approve', 'approved');
    });

    await editorPage.context().close();
    await chiefPage.context().close();
  });
}
