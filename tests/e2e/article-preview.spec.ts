import sharp from 'sharp';
import { ArticlePage } from './pages/article-page';
import { DEMO_CHIEF, logIn } from './support/demo-accounts';
import { expect, test } from './support/no-console-errors';
import { UiMessages } from './support/ui-messages';

test.setTimeout(5 * 60_000);

/** Where a run may leave its screenshots for a person to look at (unset: none are taken). */
const SHOTS = process.env.E2E_SHOTS_DIR;

test('the print preview shows one article as the release prints it, in English and Russian, after saving what was typed', async ({ page }) => {
  const ui = new UiMessages('en');
  await logIn(page, DEMO_CHIEF, '/desk');
  const editor = new ArticlePage(page, ui);
  const id = await editor.create('Kazakhstan', '2024-01-15');
  await page.getByLabel(ui.text('editor', 'fields.outlet'), { exact: true }).fill('Kazinform');
  await editor.fillTexts('en', { title: 'Hashish seized in Almaty', body: 'Police officers seized twelve kilograms of hashish in a garage.' });
  await editor.fillTexts('ru', { title: 'В Алматы изъят гашиш', body: 'Полицейские изъяли двенадцать килограммов гашиша в гараже.' });
  await editor.fillSource(1, 'https://polisia.kz/ru/hashish-almaty');
  await editor.save();
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 90, b: 140 } } }).jpeg().toBuffer();
  const card = await editor.uploadPhoto({ name: 'seizure.jpg', mimeType: 'image/jpeg', buffer: jpeg }, 1);
  await card.getByLabel('Caption (English)').fill('The seized hashish');
  await card.getByLabel('Credit (English)').fill('polisia.kz');
  await card.getByLabel('Credit (English)').press('Control+s');
  await expect(card.getByRole('status')).toHaveText('Caption and credit saved.');

  const proof = page.getByRole('region', { name: ui.text('editor', 'proof.title'), exact: true });
  const textLayer = proof.locator('.react-pdf__Page__textContent').last();

  await test.step('English: unsaved text is saved first, then printed with heading, outlet, title, photo caption and credit', async () => {
    await editor.fillTexts('en', { body: 'Police seized hashish in a garage. The owner was detained.' });
    await proof.getByRole('button', { name: ui.text('editor', 'proof.open', { lang: ui.text('editor', 'lang.en') }), exact: true }).click();
    await expect(editor.saveStatus()).toHaveText(ui.pattern('editor', 'save.saved'));
    await expect(proof.getByRole('status').filter({ hasText: 'Saved version' })).toBeVisible({ timeout: 90_000 });
    await expect(textLayer).toContainText('REPUBLIC OF KAZAKHSTAN', { timeout: 30_000 });
    await expect(textLayer).toContainText('KAZINFORM');
    await expect(textLayer).toContainText('HASHISH SEIZED IN ALMATY');
    await expect(textLayer).toContainText('The owner was detained.');
    await expect(textLayer).toContainText('Photo: polisia.kz');
    if (SHOTS) await proof.screenshot({ path: `${SHOTS}/article-proof-en.png` });
  });

  await test.step('Russian: the same article in Cyrillic', async () => {
    await proof.getByRole('button', { name: ui.text('editor', 'proof.open', { lang: ui.text('editor', 'lang.ru') }), exact: true }).click();
    await expect(textLayer).toContainText('РЕСПУБЛИКА КАЗАХСТАН', { timeout: 90_000 });
    await expect(textLayer).toContainText('В АЛМАТЫ ИЗЪЯТ ГАШИШ');
    await expect(textLayer).toContainText('Полицейские изъяли двенадцать килограммов гашиша в гараже.');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/article-proof-ru-page.png`, fullPage: true });
  });

  await test.step('"Open as PDF" is the PDF itself', async () => {
    const href = await proof.getByRole('link', { name: ui.text('editor', 'proof.openPdf'), exact: true }).getAttribute('href');
    expect(href).toBe(`/api/articles/${id}/preview/ru`);
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
  });

  await test.step('typed and left at once through a link: saved by the leave guard, no autosave reaching the next page', async () => {
    await editor.fillTexts('en', { title: 'Hashish seized in Almaty region' });
    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.waitForURL((url) => url.pathname === '/desk');
    await page.waitForTimeout(4_000); // past the autosave delay: a timer left behind would fire now
    await editor.open(id);
    await expect(editor.language('en').getByLabel(ui.text('editor', 'fields.title'), { exact: true })).toHaveValue('Hashish seized in Almaty region');
  });

  await test.step('typed, and left through a link just before the autosave was due', async () => {
    await editor.fillTexts('ru', { title: 'В Алматинской области изъят гашиш' });
    await page.waitForTimeout(2_700);
    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.waitForURL((url) => url.pathname === '/desk');
    await page.waitForTimeout(4_000);
    await editor.open(id);
    await expect(editor.language('ru').getByLabel(ui.text('editor', 'fields.title'), { exact: true })).toHaveValue('В Алматинской области изъят гашиш');
  });
});
