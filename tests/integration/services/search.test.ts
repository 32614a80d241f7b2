import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { findArticle } from '@/lib/db/queries/articles';
import { forgetCompiledTerms, upsertTerm } from '@/lib/db/queries/terms';
import { articles } from '@/lib/db/schema';
import { ForbiddenError } from '@/lib/services/errors';
import { publishIssue } from '@/lib/services/publish-issue';
import { saveArticle } from '@/lib/services/save-article';
import { searchArchive, type ArchiveSearchResult } from '@/lib/services/search/search-archive';
import { searchDesk, sourceQuery } from '@/lib/services/search/search-desk';
import { parseSearchParams, type SearchParams } from '@/lib/services/search/search-input';
import { startCorrection } from '@/lib/services/start-correction';
import { transitionArticle } from '@/lib/services/transition-article';
import { seedDemo } from '@/lib/services/seed-demo';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { assembledIssue, fakeRenderer, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';
import { createApprovedArticle } from '@/tests/helpers/approved-articles';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
});

const params = (raw: Record<string, string>): SearchParams => parseSearchParams(raw)!;
const titles = (outcome: ReturnType<typeof searchArchive>): string[] => {
  if (outcome.state !== 'done') throw new Error(`no results: ${JSON.stringify(outcome)}`);
  return outcome.results.map((r: ArchiveSearchResult) => r.title.map((p) => p.text).join(''));
};
const deskTitles = (db: DeskSetup['db'], q: string, extra: Record<string, string> = {}) => {
  const found = searchDesk(db, desk.editor, params({ q, ...extra }));
  if (found.kind !== 'text' || found.outcome.state !== 'done') return found;
  return found.outcome.results.map((r) => r.title.map((p) => p.text).join(''));
};

async function publishedMarch() {
  const { db, chief } = desk;
  const issue = assembledIssue(db, chief, [
    { countryCode: 'TJ', titleEn: 'Heroin seized in Dushanbe', titleRu: 'В Душанбе изъят героин', bodyEn: 'Officers seized 20 kg of heroin near the border.', bodyRu: 'Сотрудники изъяли 20 кг героина у границы.', digestEn: 'seizure of 20 kg of heroin', digestRu: 'изъятии 20 кг героина', sources: ['https://www.mvd.tj/news/1'] },
    { countryCode: 'KZ', titleEn: 'Hashish found in Kazakhstan', titleRu: 'В Казахстане найден гашиш', bodyEn: 'Police found 3 kg of hashish.', bodyRu: 'Полиция обнаружила 3 кг гашиша.', digestEn: 'finding 3 kg of hashish', digestRu: 'обнаружении 3 кг гашиша', sources: ['https://polisia.kz/ru/2'] },
  ]);
  await publishIssue(db, chief, { issueId: issue.issueId }, { render: fakeRenderer() });
  return issue;
}

describe('public search', () => {
  it('finds published articles by inflected words in either language, with snippet, country, date and links', async () => {
    const { db } = desk;
    const { year, number } = await publishedMarch();
    // A Russian word finds the Russian text; the other edition's article is the same one, listed once.
    expect(titles(searchArchive(db, params({ q: 'Казахстана' })))).toEqual(['В Казахстане найден гашиш']);
    expect(titles(searchArchive(db, params({ q: 'seizure', lang: 'en' })))).toEqual(['Heroin seized in Dushanbe']);
    const found = searchArchive(db, params({ q: 'героина' }));
    expect(found.state).toBe('done');
    if (found.state !== 'done') return;
    const [hit] = found.results;
    expect(hit).toMatchObject({ lang: 'ru', countryCode: 'TJ', countryName: 'Таджикистан', eventDate: '2024-03-10', year, number });
    expect(hit!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['героина', 'героина']); // digest and body
    expect(hit!.webHref).toBe(`/releases/${year}/${number}/ru#article-${hit!.articleId}`);
    expect(hit!.pdfHref).toBe(`/releases/${year}/${number}/ru.pdf?inline=1#page=3`);
  });

  it('never returns what is not published, nor text typed after publication', async () => {
    const { db, chief } = desk;
    const { issueId, articleIds } = await publishedMarch();
    createApprovedArticle(db, chief, { countryCode: 'KG', eventDate: '2024-03-20', titleEn: 'Approved opium story', titleRu: 'Одобренная статья об опии', bodyEn: 'Opium was seized.', bodyRu: 'Изъят опий.' });
    expect(titles(searchArchive(db, params({ q: 'opium' })))).toEqual([]);

    startCorrection(db, chief, { issueId });
    const id = articleIds[1]!;
    transitionArticle(db, chief, { id, transition: 'reopen', comment: 'Rewrite' });
    const article = findArticle(db, id)!;
    saveArticle(db, chief, { id, expectedVersion: article.version, countryCode: 'KZ', eventDate: article.eventDate, outlet: '', titleEn: 'Mephedrone laboratory', titleRu: 'Лаборатория мефедрона', bodyEn: 'A mephedrone laboratory.', bodyRu: 'Лаборатория мефедрона.', digestEn: '', digestRu: '', sources: ['https://polisia.kz/ru/2'] });
    expect(titles(searchArchive(db, params({ q: 'mephedrone' })))).toEqual([]);
    expect(titles(searchArchive(db, params({ q: 'hashish' })))).toEqual(['Hashish found in Kazakhstan']);
    // The desk sees the draft text at once: its index changed in the saving transaction.
    expect(deskTitles(db, 'mephedrone')).toEqual(['Mephedrone laboratory']);
    expect(deskTitles(db, 'hashish')).toEqual([]);
  });

  it('filters by country, language, year and issue, and sorts by date', async () => {
    const { db } = desk;
    const { year, number } = await publishedMarch();
    expect(titles(searchArchive(db, params({ q: 'kg', country: 'KZ' })))).toEqual(['Hashish found in Kazakhstan']);
    expect(titles(searchArchive(db, params({ q: 'kg', sort: 'newest', lang: 'en' })))).toEqual(['Hashish found in Kazakhstan', 'Heroin seized in Dushanbe']);
    expect(titles(searchArchive(db, params({ q: 'kg', sort: 'oldest', lang: 'en' })))).toEqual(['Heroin seized in Dushanbe', 'Hashish found in Kazakhstan']);
    expect(titles(searchArchive(db, params({ q: 'kg', year: '2023' })))).toEqual([]);
    expect(titles(searchArchive(db, params({ q: 'kg', issue: `${year}/${number}`, lang: 'en' })))).toHaveLength(2);
    expect(titles(searchArchive(db, params({ q: 'кг', issue: `${year}/${number}`, lang: 'ru' })))).toHaveLength(2);
    expect(titles(searchArchive(db, params({ q: 'kg', issue: `${year}/${number + 1}` })))).toEqual([]);
  });

  it('answers bad syntax with a message, never an error', async () => {
    const { db } = desk;
    await publishedMarch();
    for (const [q, error] of [['"heroin', 'unclosedQuote'], ['-heroin', 'onlyExcluded'], ['NOT', undefined], ['AND OR NEAR(', undefined], ['*', 'empty']] as const) {
      const outcome = searchArchive(db, params({ q }));
      if (error) expect(outcome).toEqual({ state: 'error', error });
      else expect(outcome.state).toBe('done');
    }
    expect(parseSearchParams({ q: 'x', country: 'Kazakhstan' })).toBeNull();
    expect(parseSearchParams({ q: 'x', year: '9999' })).toBeNull();
    expect(parseSearchParams({ q: 'x', page: '0' })).toBeNull();
  });

  it('also searches a termbase entry in the other language', async () => {
    const { db } = desk;
    await publishedMarch();
    upsertTerm(db, { en: 'hashish', ru: 'гашиш', variantsEn: [], variantsRu: [], forbiddenEn: [], forbiddenRu: [], category: 'drug', note: '' });
    forgetCompiledTerms(db);
    const hits = searchArchive(db, params({ q: 'hashish', lang: 'ru' }));
    expect(titles(hits)).toEqual(['В Казахстане найден гашиш']);
  });
});

describe('desk search', () => {
  it('finds every article in every state and is for signed-in staff only', () => {
    const { db, chief } = desk;
    const id = createApprovedArticle(db, chief, { countryCode: 'UZ', eventDate: '2024-04-02', titleEn: 'Precursors stopped at the border', titleRu: 'На границе задержаны прекурсоры' });
    expect(deskTitles(db, 'precursor*')).toEqual(['Precursors stopped at the border']);
    expect(deskTitles(db, 'прекурсоров', { lang: 'ru' })).toEqual(['На границе задержаны прекурсоры']);
    expect(deskTitles(db, 'precursor', { status: 'draft' })).toEqual([]);
    db.delete(articles).where(eq(articles.id, id)).run();
    expect(deskTitles(db, 'precursor')).toEqual([]);
    expect(() => searchDesk(db, SYSTEM_ACTOR, params({ q: 'x' }))).toThrow(ForbiddenError);
  });

  it('finds the articles that cite a link or a domain already', async () => {
    const { db } = desk;
    await publishedMarch();
    const bySource = (q: string) => {
      const found = searchDesk(db, desk.editor, params({ q }));
      return found.kind === 'source' ? found.sources.map((s) => s.url) : found;
    };
    expect(bySource('mvd.tj')).toEqual(['https://www.mvd.tj/news/1']);
    expect(bySource('https://polisia.kz/ru/2')).toEqual(['https://polisia.kz/ru/2']);
    expect(bySource('http://www.polisia.kz/ru/2/')).toEqual(['https://polisia.kz/ru/2']);
    expect(bySource('polisia.kz/ru/3')).toEqual([]);
    expect(sourceQuery('heroin seized')).toBeNull();
    expect(sourceQuery('kg')).toBeNull();
  });
});

describe('the index of the demo import', () => {
  it('holds the imported and published January articles', async () => {
    const { db } = desk;
    await seedDemo(db, { render: fakeRenderer() });
    const found = searchArchive(db, params({ q: 'героин', issue: '2024/1' }));
    expect(found.state === 'done' && found.total).toBe(1);
    expect(found.state === 'done' && found.results[0]!.countryCode).toBe('KZ');
    expect(titles(searchArchive(db, params({ q: 'drugs', lang: 'en' }))).length).toBeGreaterThan(10);
    expect(deskTitles(db, 'cannabis')).toHaveLength(1);
  });
});

describe('the year in figures', () => {
  it('counts the published articles per country and month as the summary does, and nothing for a year without issues', async () => {
    const { db, chief } = desk;
    const { issueId } = await publishedMarch();
    const { loadYearFigures } = await import('@/lib/services/load-year-figures');
    const figures = loadYearFigures(db, 2024, 'en')!;
    expect(figures.countries.map((c) => [c.name, c.perMonth[2], c.total])).toEqual([['Kazakhstan', 1, 1], ['Tajikistan', 1, 1]]);
    expect(figures.total).toBe(2);
    expect(loadYearFigures(db, 2023, 'en')).toBeNull();
    // An approved article of the year that no publication holds is not counted.
    createApprovedArticle(db, chief, { countryCode: 'KG', eventDate: '2024-03-25' });
    expect(loadYearFigures(db, 2024, 'ru')!.total).toBe(2);
    expect(issueId).toBeGreaterThan(0);
  });
});

describe('search:rebuild', () => {
  it('rebuilds both indexes to what the triggers keep', async () => {
    const { db } = desk;
    await publishedMarch();
    const { rebuildSearchIndex } = await import('@/lib/db/queries/search');
    db.$client.exec('DELETE FROM article_search; DELETE FROM published_search;');
    expect(titles(searchArchive(db, params({ q: 'hashish', lang: 'en' })))).toEqual([]);
    expect(rebuildSearchIndex(db)).toEqual({ articles: 2, published: 4 });
    expect(titles(searchArchive(db, params({ q: 'hashish', lang: 'en' })))).toEqual(['Hashish found in Kazakhstan']);
    expect(deskTitles(db, 'heroin', { lang: 'en' })).toEqual(['Heroin seized in Dushanbe']);
  });
});
