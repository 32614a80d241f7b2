import sharp from 'sharp';
import { ArticlePage } from './pages/article-page';
import { DEMO_CHIEF, logIn } from './support/demo-accounts';
import { expect, test } from './support/no-console-errors';
import { UiMessages } from './support/ui-messages';

test.setTimeout(5 * 60_000);

test('a photo caption and credit save by themselves, before leaving the page, and with Ctrl+S', async ({ page }) => {
  const ui = new UiMessages('en');
  await logIn(page, DEMO_CHIEF, '/desk');
  const editor = new ArticlePage(page, ui);
  const id = await editor.create('Kazakhstan', '2024-01-15');
  const jpeg = await sharp({ create: { width: 1400, height: 900, channels: 3, background: { r: 40, g: 90, b: 140 } } }).jpeg().toBuffer();
  const card = await editor.uploadPhoto({ name: 'seizure.jpg', mimeType: 'image/jpeg', buffer: jpeg }, 1);

  await test.step('a long title grows the field to several lines', async () => {
    const title = editor.language('en').getByLabel(ui.text('editor', 'fields.title'), { exact: true });
    const oneLine = (await title.boundingBox())!.height;
    await title.fill('Police officers of the Almaty region seized more than twelve kilograms of hashish and three kilograms of heroin during a joint operation with the border service');
    await expect.poll(async () => (await title.boundingBox())!.height).toBeGreaterThan(oneLine * 1.6);
    await editor.save();
  });

  await test.step('typed and left at once through a link: saved before leaving', async () => {
    await card.getByLabel('Caption (English)').fill('Seized hashish in Almaty');
    await card.getByLabel('Credit (English)').fill('polisia.kz');
    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.waitForURL((url) => url.pathname === '/desk');
    await editor.open(id);
    const again = page.getByRole('figure', { name: 'Photo 1', exact: true });
    await expect(again.getByLabel('Caption (English)')).toHaveValue('Seized hashish in Almaty');
    await expect(again.getByLabel('Credit (English)')).toHaveValue('polisia.kz');
  });

  await test.step('typed and waited: saved by itself; Ctrl+S saves at once', async () => {
    const again = page.getByRole('figure', { name: 'Photo 1', exact: true });
    await again.getByLabel('Caption (Russian)').fill('Изъятый гашиш');
    await expect(again.getByRole('status')).toHaveText('Caption and credit saved.', { timeout: 15_000 });
    await again.getByLabel('Credit (Russian)').fill('polisia.kz');
    await again.getByLabel('Credit (Russian)').press('Control+s');
    await expect(again.getByRole('status')).toHaveText('Caption and credit saved.', { timeout: 5_000 });
    await page.reload();
    await expect(page.getByRole('figure', { name: 'Photo 1', exact: true }).getByLabel('Credit (Russian)')).toHaveValue('polisia.kz');
  });
});
