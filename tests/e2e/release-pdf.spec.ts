import { expect, test } from '@playwright/test';
import { HomePage, releasePdfPath } from './pages/home-page';
import { DEMO_ISSUE } from './support/demo-issue';
import { normaliseSpaces, readPdf } from '../helpers/read-pdf';

const editions = [
  { lang: 'en', title: 'INFORMATION RELEASE' },
  { lang: 'ru', title: 'ИНФОРМАЦИОННЫЙ РЕЛИЗ' },
] as const;

for (const { lang, title } of editions) {
  test(`the ${lang} edition of issue #1 of 2024 downloads as a whole PDF`, async ({ page }) => {
    const home = new HomePage(page);
    await home.open();

    const download = await home.downloadEdition(DEMO_ISSUE, lang);

    expect(download.status).toBe(200);
    expect(download.contentType).toContain('application/pdf');
    expect(download.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(download.body.subarray(-32).toString('latin1')).toMatch(/%%EOF\s*$/);
    const pdf = await readPdf(download.body);
    expect(pdf.pageCount).toBeGreaterThan(10);
    expect(normaliseSpaces(pdf.fullText())).toContain(title);
  });
}

test('the PDF of an unknown issue answers 404 with a readable page', async ({ page }) => {
  const response = await page.goto(releasePdfPath({ year: 2024, number: 99 }, 'en'));

  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-type']).toContain('text/html');
  await expect(page.getByRole('heading').first()).toBeVisible();
});
