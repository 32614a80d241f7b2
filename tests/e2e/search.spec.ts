import fs from 'node:fs';
import { IssueDeskPage } from './pages/issue-desk-page';
import { DEMO_CHIEF, logIn } from './support/demo-accounts';
import { approveArticleWithPhoto } from './support/published-article';
import { expect, test } from './support/no-console-errors';

// One publication (two editions rendered) on a shared 2-core machine takes minutes.
test.setTimeout(12 * 60_000);

test('readers search the archive in both languages, read a web edition with its photo and the year in figures; an editor finds a source used before', async ({ page, browser }) => {
  const run = Date.now().toString(36);
  const article = {
    countryCode: 'KZ',
    eventDate: '2022-09-14',
    titleEn: `Hashish seized on the Almaty road (${run})`,
    titleRu: `На алматинской трассе изъят гашиш (${run})`,
    bodyEn: `Police officers seized 7 kg of hashish from a car (${run}).`,
    bodyRu: `Сотрудники полиции изъяли 7 кг гашиша из автомобиля (${run}).`,
    digestEn: 'seizure of 7 kg of hashish',
    digestRu: 'изъятии 7 кг гашиша',
    source: `https://polisia.kz/ru/news/${run}`,
    captionEn: `The seized hashish (${run})`,
    captionRu: `Изъятый гашиш (${run})`,
  };
  await approveArticleWithPhoto(article);

  await test.step('the chief editor publishes the issue of September 2022', async () => {
    await logIn(page, DEMO_CHIEF, '/desk/issues');
    const desk = new IssueDeskPage(page);
    await desk.createIssue('2022-09-01', '2022-09-30');
    await desk.addArticle(article.titleEn);
    await desk.publish(1);
  });

  const reader = await browser.newPage({ locale: 'ru-RU' });
  await test.step('a reader searches «гашиш», then "hashish", and filters by country', async () => {
    await reader.goto('/');
    await reader.getByRole('link', { name: 'Поиск' }).first().click();
    await reader.getByLabel('Что искать').fill('гашиш');
    await reader.getByRole('button', { name: 'Найти' }).click();
    const result = reader.getByRole('link', { name: article.titleRu });
    await expect(result).toBeVisible();
    await expect(reader.locator('mark', { hasText: /^гашиш/ }).first()).toBeVisible();

    await reader.getByLabel('Что искать').fill('hashish');
    await reader.getByLabel('Язык').selectOption('en');
    await reader.getByRole('button', { name: 'Найти' }).click();
    await expect(reader.getByRole('link', { name: article.titleEn })).toBeVisible();

    await reader.getByLabel('Страна').selectOption('KG');
    await reader.getByRole('button', { name: 'Найти' }).click();
    await expect(reader.getByRole('link', { name: article.titleEn })).toHaveCount(0);
    await reader.getByLabel('Страна').selectOption('KZ');
    await reader.getByRole('button', { name: 'Найти' }).click();
    await expect(reader.getByRole('link', { name: article.titleEn })).toBeVisible();
  });

  await test.step('the result opens on its page of the PDF', async () => {
    const pdfLink = reader.getByRole('link', { name: /стр\. \d+ в PDF/ }).first();
    const href = (await pdfLink.getAttribute('href'))!;
    expect(href).toMatch(/^\/releases\/2022\/\d+\/en\.pdf\?inline=1#page=\d+$/);
    const response = await reader.request.get(href.split('#')[0]!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
  });

  await test.step('the web edition shows the photo with its caption', async () => {
    await reader.getByRole('link', { name: article.titleEn }).click();
    const photo = reader.getByRole('img', { name: article.captionEn });
    await photo.scrollIntoViewIfNeeded();
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(reader.getByText(article.captionEn).last()).toBeVisible();
  });

  await test.step('the year in figures, and its table as CSV', async () => {
    await reader.goto('/');
    await reader.getByRole('link', { name: '2022 год в цифрах' }).click();
    await expect(reader.getByRole('heading', { level: 1, name: '2022 год в цифрах' })).toBeVisible();
    await expect(reader.getByRole('img', { name: /События по странам и месяцам, 2022/ })).toBeVisible();
    await expect(reader.getByRole('row', { name: /Казахстан/ })).toBeVisible();
    const downloading = reader.waitForEvent('download');
    await reader.getByRole('link', { name: 'Скачать таблицу (CSV)' }).click();
    const csv = fs.readFileSync((await (await downloading).path())!, 'utf8');
    expect(csv).toMatch(/^\uFEFFСтрана,/);
    expect(csv).toMatch(/\r\nКазахстан,(\d+,){12}\d+\r\n/);
  });
  await reader.close();

  await test.step('an editor pastes the source link and sees it was used before', async () => {
    await page.goto(`/desk/search?q=${encodeURIComponent(article.source)}`);
    await expect(page.getByText(/1 article cites a link on polisia\.kz/)).toBeVisible();
    await expect(page.getByRole('link', { name: article.titleEn })).toBeVisible();
  });
});
