import type { APIRequestContext } from '@playwright/test';
import { findArticle } from '@/lib/db/queries/articles';
import { openDatabase } from '@/lib/db/client';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { saveArticle } from '@/lib/services/save-article';
import { transitionArticle } from '@/lib/services/transition-article';
import { IssueDeskPage } from './pages/issue-desk-page';
import { DEMO_CHIEF, logIn } from './support/demo-accounts';
import { approveArticles, SERVER_DATABASE } from './support/desk-articles';
import { expect, test } from './support/no-console-errors';

test.setTimeout(12 * 60_000);

/** An anonymous reader's copy of a public page, as the front's page cache or Next serves it. */
async function read(request: APIRequestContext, path: string): Promise<{ body: string; cache: string | undefined }> {
  const response = await request.get(path, { headers: { 'accept-language': 'en' } });
  expect(response.status()).toBe(200);
  return { body: await response.text(), cache: response.headers()['x-release-desk-cache'] };
}

/** Reopens, rewrites and approves again an article, as an editor and the chief would during a correction. */
function rewriteApproved(articleId: number, titleEn: string, titleRu: string, bodyEn: string): void {
  const db = openDatabase(SERVER_DATABASE, { migrate: false });
  try {
    transitionArticle(db, SYSTEM_ACTOR, { id: articleId, transition: 'reopen', comment: 'A figure is wrong' });
    const article = findArticle(db, articleId)!;
    saveArticle(db, SYSTEM_ACTOR, {
      id: articleId,
      expectedVersion: article.version,
      countryCode: article.countryCode,
      eventDate: article.eventDate,
      outlet: 'NEW OUTLET',
      titleEn,
      titleRu,
      bodyEn,
      bodyRu: 'Текст после публикации.',
      digestEn: article.digestEn,
      digestRu: article.digestRu,
      sources: ['https://after.example.org/1'],
    });
    transitionArticle(db, SYSTEM_ACTOR, { id: articleId, transition: 'submit' });
    transitionArticle(db, SYSTEM_ACTOR, { id: articleId, transition: 'approve', expectedVersion: findArticle(db, articleId)!.version });
  } finally {
    db.$client.close();
  }
}

test('readers see the published text through revalidation and the page cache until the correction is published', async ({ page, request, browser }) => {
  const run = Date.now().toString(36);
  const published = { en: `Customs officers seized opium (${run})`, ru: `Таможенники изъяли опий (${run})`, body: `Officers seized 4 kg of opium (${run}).` };
  // The web edition writes titles in capitals, as the release prints them (lib/domain/release-title.ts).
  const shownTitle = (title: string) => title.toUpperCase();
  const later = { en: `UNPUBLISHED TITLE (${run})`, ru: `НЕОПУБЛИКОВАННЫЙ ЗАГОЛОВОК (${run})`, body: `Unpublished body (${run}).` };
  const [articleId] = approveArticles([{ countryCode: 'TJ', eventDate: '2022-08-09', titleEn: published.en, titleRu: published.ru, bodyEn: published.body }]);

  await logIn(page, DEMO_CHIEF, '/desk/issues');
  const desk = new IssueDeskPage(page);
  await desk.createIssue('2022-08-01', '2022-08-31');
  const number = Number(/#(\d+)/.exec((await desk.heading().textContent()) ?? '')![1]);
  await desk.addArticle(published.en);
  await desk.publish(1);
  const en = `/releases/2022/${number}/en`;
  const ru = `/releases/2022/${number}/ru`;

  await test.step('the published text, from Next and then from the page cache', async () => {
    for (let i = 0; i < 2; i++) expect((await read(request, en)).body).toContain(shownTitle(published.en));
    expect((await read(request, en)).cache).toBe('hit');
  });

  await test.step('a correction revalidates every public page; text typed and approved afterwards stays unpublished', async () => {
    await desk.startCorrection();
    rewriteApproved(articleId!, later.en, later.ru, later.body);
    for (const path of [en, en, `/releases/2022/${number}`]) {
      const { body } = await read(request, path);
      expect(body).not.toContain('UNPUBLISHED');
      expect(body).not.toContain('after.example.org');
      expect(body).not.toContain('NEW OUTLET');
    }
    const { body: reading } = await read(request, en);
    expect(reading).toContain(shownTitle(published.en));
    expect(reading).toContain(published.body);
    const russian = await browser.newPage({ locale: 'ru-RU' });
    await russian.goto(ru);
    await expect(russian.getByRole('heading', { level: 3, name: published.ru })).toBeVisible();
    await expect(russian.getByText(later.ru)).toHaveCount(0);
    await russian.close();
  });

  await test.step('publishing the correction shows the new text', async () => {
    await desk.publish(2);
    const { body } = await read(request, en);
    expect(body).toContain(shownTitle(later.en));
    expect(body).not.toContain(shownTitle(published.en));
  });
});
