import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { EditionPreviewPage } from './pages/edition-preview-page';
import { IssueDeskPage } from './pages/issue-desk-page';
import { IssuePage } from './pages/issue-page';
import { DEMO_CHIEF, logIn } from './support/demo-accounts';
import { approveArticles } from './support/desk-articles';

// Rendering and publishing two editions on a small machine takes minutes.
test.setTimeout(12 * 60_000);

test('the chief editor assembles, reorders, previews and publishes an issue; a reader downloads both editions with the checksums shown', async ({ page, browser }) => {
  const run = Date.now().toString(36);
  const titles = {
    first: `Almaty police seized hashish (${run})`,
    second: `Drug laboratory closed in Karaganda (${run})`,
    china: `China joins the regional operation (${run})`,
  };
  approveArticles([
    { countryCode: 'KZ', eventDate: '2023-05-03', titleEn: titles.first, titleRu: `Полиция Алматы изъяла гашиш (${run})` },
    { countryCode: 'KZ', eventDate: '2023-05-10', titleEn: titles.second, titleRu: `В Караганде закрыта нарколаборатория (${run})` },
    { countryCode: 'CN', eventDate: '2023-05-20', titleEn: titles.china, titleRu: `Китай присоединился к операции (${run})` },
  ]);

  await test.step('log in and create the issue of May 2023', async () => {
    await logIn(page, DEMO_CHIEF, '/desk/issues');
  });
  const desk = new IssueDeskPage(page);
  const issueId = await desk.createIssue('2023-05-01', '2023-05-31');
  await expect(desk.heading()).toHaveText(/^Issue #\d+ of 2023$/);
  const number = Number(/#(\d+)/.exec((await desk.heading().textContent()) ?? '')![1]);

  await test.step('add the approved articles of the period; sections follow the configured order', async () => {
    for (const title of [titles.china, titles.first, titles.second]) await desk.addArticle(title);
    await expect(desk.page.locator('#articles h3')).toHaveText([/^Kazakhstan/, /^China/]);
    expect(await desk.order('Kazakhstan')).toEqual([titles.first, titles.second]);
  });

  await test.step('reorder with the buttons and with the keyboard', async () => {
    await desk.moveUp(titles.second);
    expect(await desk.order('Kazakhstan')).toEqual([titles.second, titles.first]);
    await desk.moveDownWithKeyboard('Kazakhstan', titles.second);
    expect(await desk.order('Kazakhstan')).toEqual([titles.first, titles.second]);
    await desk.moveUp(titles.second);
    await page.reload();
    expect(await desk.order('Kazakhstan')).toEqual([titles.second, titles.first]);
    await expect(desk.checks()).toContainText('No problems found');
  });

  await test.step('preview the English edition', async () => {
    await desk.previewLink('English').click();
    await expect(page).toHaveURL(new RegExp(`/desk/issues/${issueId}/preview/en$`));
    const preview = new EditionPreviewPage(page);
    const pages = await preview.waitForPages();
    expect(pages).toBeGreaterThanOrEqual(3);
    await expect(preview.pageIndicator()).toHaveText(`Page 1 of ${pages}`);
    await preview.thumbnail(2).click();
    await expect(preview.pageIndicator()).toHaveText(`Page 2 of ${pages}`);
    await page.goBack();
  });

  await test.step('publish both editions', async () => {
    await desk.publish(1);
    await expect(page.getByText('This issue is published and can no longer be changed.', { exact: false })).toBeVisible();
  });
  const shown = { en: await desk.checksum(1, 'en'), ru: await desk.checksum(1, 'ru') };
  expect(shown.en).toMatch(/^[0-9a-f]{64}$/);
  expect(shown.ru).toMatch(/^[0-9a-f]{64}$/);

  await test.step('an anonymous reader downloads both editions; their SHA-256 equal the ones the pages show', async () => {
    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    const issuePage = new IssuePage(readerPage);
    await issuePage.open({ year: 2023, number });
    for (const lang of ['en', 'ru'] as const) {
      const download = await readerPage.request.get(`/releases/2023/${number}/${lang}.pdf`);
      expect(download.status()).toBe(200);
      const body = await download.body();
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const sha256 = crypto.createHash('sha256').update(body).digest('hex');
      expect(sha256).toBe(shown[lang]);
      expect(await issuePage.checksum(lang)).toBe(sha256);
    }
    await reader.close();
  });
});
