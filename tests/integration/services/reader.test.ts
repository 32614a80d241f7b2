import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { articles, issueArticles, issues } from '@/lib/db/schema';
import { findPublicFile, findPublicIssue, listArchive } from '@/lib/db/queries/reader';
import { loadArchive } from '@/lib/services/load-archive';
import { loadReaderIssue } from '@/lib/services/load-reader-issue';
import { useTemporaryAppData } from '@/tests/helpers/test-app';
import { createIssue, publishRevision } from '@/tests/helpers/reader-fixture';

let db: Db;
let january: { issueId: number; articleIds: number[] };

/** Pages as a publication would record them: section → first page, article → its page. */
const tocFor = (sections: Record<string, number>, articleIds: number[], pages: number[]) => () => ({
  sections,
  articles: Object.fromEntries(articleIds.map((id, i) => [String(id), pages[i]!])),
});

beforeEach(() => {
  useTemporaryAppData();
  db = openMemoryDatabase();
  january = createIssue(db, {
    year: 2024,
    number: 1,
    periodStart: '2024-01-01',
    periodEnd: '2024-01-31',
    articles: [
      // Added in editor order: China first, but member states come first in the publication.
      { country: 'CN', titleEn: 'CHINA ARTICLE', titleRu: 'СТАТЬЯ О КИТАЕ' },
      { country: 'KZ', titleEn: 'KAZAKH ONE', titleRu: 'КАЗАХСТАН ОДИН', outlet: 'KAKTUSMEDIA', sources: ['https://xn--b1aew.xn--p1ai/news/1'] },
      { country: 'KG', titleEn: 'KYRGYZ ONE', titleRu: 'КЫРГЫЗСТАН ОДИН' },
      { country: 'KZ', titleEn: 'KAZAKH TWO', titleRu: 'КАЗАХСТАН ДВА' },
    ],
  });
  const [cn, kz1, kg, kz2] = january.articleIds as [number, number, number, number];
  publishRevision(db, { issueId: january.issueId, revision: 1, toc: tocFor({ KZ: 2, KG: 9, CN: 12 }, [kz1, kz2, kg, cn], [2, 5, 9, 12]) });
  publishRevision(db, { issueId: january.issueId, revision: 2, toc: tocFor({ KZ: 3, KG: 9, CN: 13 }, [kz1, kz2, kg, cn], [3, 5, 9, 13]) });
  // A correction in progress: a new approved article in the issue, not yet in any published file.
  const extra = createIssue(db, { year: 2024, number: 90, articles: [{ country: 'KZ', titleEn: 'LATE ADDITION', titleRu: 'ПОЗДНЕЕ', status: 'approved' }] });
  db.update(issueArticles).set({ issueId: january.issueId, position: 9 }).where(eq(issueArticles.articleId, extra.articleIds[0]!)).run();
  db.update(articles).set({ status: 'published' }).where(eq(articles.id, extra.articleIds[0]!)).run();

  const february = createIssue(db, { year: 2024, number: 2, articles: [{ country: 'KZ', titleEn: 'FEB', titleRu: 'ФЕВ' }] });
  publishRevision(db, { issueId: february.issueId, revision: 1, status: 'correction' });
  createIssue(db, { year: 2024, number: 3, articles: [{ country: 'KZ', titleEn: 'DRAFT', titleRu: 'ЧЕРНОВИК', status: 'approved' }] });
  const december = createIssue(db, { year: 2023, number: 12, articles: [{ country: 'UZ', titleEn: 'DEC', titleRu: 'ДЕК' }] });
  publishRevision(db, { issueId: december.issueId, revision: 1 });
  // Marked published (as the old demo seed did) but with no files: nothing to offer a reader.
  createIssue(db, { year: 2022, number: 5, status: 'published', articles: [{ country: 'KZ', titleEn: 'X', titleRu: 'Х' }] });
});

describe('reader queries', () => {
  it('list the published issues with files, newest first, with their latest revision', () => {
    const archive = listArchive(db);
    expect(archive.map((e) => `${e.issue.year}/${e.issue.number} r${e.issue.revision}`)).toEqual(['2024/2 r1', '2024/1 r2', '2023/12 r1']);
    const jan = archive[1]!;
    expect(jan.files.en?.revision).toBe(2);
    expect(jan.files.ru?.path).toBe('releases/2024/1/r2-ru.pdf');
  });

  it('find a public issue with every revision, and nothing for drafts or unknown issues', () => {
    expect(findPublicIssue(db, 2024, 1)?.files.map((f) => `r${f.revision}-${f.lang}`)).toEqual(['r2-en', 'r2-ru', 'r1-en', 'r1-ru']);
    expect(findPublicIssue(db, 2024, 3)).toBeUndefined();
    expect(findPublicIssue(db, 2024, 4)).toBeUndefined();
    expect(findPublicIssue(db, 2022, 5)).toBeUndefined();
  });

  it('find one published file by revision, or the latest', () => {
    expect(findPublicFile(db, { year: 2024, number: 1, lang: 'ru', revision: null })?.file.revision).toBe(2);
    expect(findPublicFile(db, { year: 2024, number: 1, lang: 'ru', revision: 1 })?.file.path).toBe('releases/2024/1/r1-ru.pdf');
    expect(findPublicFile(db, { year: 2024, number: 1, lang: 'ru', revision: 3 })).toBeUndefined();
    expect(findPublicFile(db, { year: 2024, number: 2, lang: 'en', revision: null })?.issue.status).toBe('correction');
  });
});

describe('archive', () => {
  it('gives each issue its period, article count, sized downloads and cover', () => {
    const jan = loadArchive(db).find((i) => i.number === 1 && i.year === 2024)!;
    expect(jan.articleCount).toBe(4); // the files' contents, not the correction in progress
    expect(jan.editions.map((e) => [e.lang, e.href, e.coverHref])).toEqual([
      ['en', '/releases/2024/1/en.pdf', '/releases/2024/1/r2/en-cover.webp'],
      ['ru', '/releases/2024/1/ru.pdf', '/releases/2024/1/r2/ru-cover.webp'],
    ]);
    expect(jan.editions[0]!.bytes).toBeGreaterThan(300);
  });
});

describe('issue page data', () => {
  it('lists the contents in publication order with links to the pages of the PDF', () => {
    const issue = loadReaderIssue(db, { year: 2024, number: 1 }, 'en')!;
    expect(issue.sections.map((s) => [s.name, s.page, s.pdfHref])).toEqual([
      ['Kazakhstan', 3, '/releases/2024/1/en.pdf?inline=1#page=3'],
      ['Kyrgyzstan', 9, '/releases/2024/1/en.pdf?inline=1#page=9'],
      ['China', 13, '/releases/2024/1/en.pdf?inline=1#page=13'],
    ]);
    expect(issue.sections[0]!.heading).toBe('REPUBLIC OF KAZAKHSTAN');
    expect(issue.sections.flatMap((s) => s.articles.map((a) => [a.title, a.pdfHref]))).toEqual([
      ['KAZAKH ONE', '/releases/2024/1/en.pdf?inline=1#page=3'],
      ['KAZAKH TWO', '/releases/2024/1/en.pdf?inline=1#page=5'],
      ['KYRGYZ ONE', '/releases/2024/1/en.pdf?inline=1#page=9'],
      ['CHINA ARTICLE', '/releases/2024/1/en.pdf?inline=1#page=13'],
    ]);
    expect(issue.sections[0]!.articles[0]!.outlet).toBe('KAKTUSMEDIA');
    expect(issue.sections[0]!.articles[0]!.sources).toEqual(['https://xn--b1aew.xn--p1ai/news/1']);
  });

  it('speaks the language asked for', () => {
    const issue = loadReaderIssue(db, { year: 2024, number: 1 }, 'ru')!;
    expect(issue.sections[0]!.name).toBe('Казахстан');
    expect(issue.sections[0]!.heading).toBe('РЕСПУБЛИКА КАЗАХСТАН');
    expect(issue.sections[0]!.articles[0]!.title).toBe('КАЗАХСТАН ОДИН');
    expect(issue.sections[0]!.articles[0]!.pdfHref).toBe('/releases/2024/1/ru.pdf?inline=1#page=3');
  });

  it('offers the latest files on the latest URLs and earlier revisions on their own', () => {
    const issue = loadReaderIssue(db, { year: 2024, number: 1 }, 'en')!;
    expect(issue.revision).toBe(2);
    expect(issue.latest.files.map((f) => f.href)).toEqual(['/releases/2024/1/en.pdf', '/releases/2024/1/ru.pdf']);
    expect(issue.latest.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(issue.earlier.map((r) => [r.revision, r.files.map((f) => f.href)])).toEqual([
      [1, ['/releases/2024/1/r1/en.pdf', '/releases/2024/1/r1/ru.pdf']],
    ]);
  });

  it('shows an issue under correction as last published, and nothing of drafts', () => {
    expect(loadReaderIssue(db, { year: 2024, number: 2 }, 'en')?.sections[0]?.articles[0]?.title).toBe('FEB');
    expect(loadReaderIssue(db, { year: 2024, number: 3 }, 'en')).toBeNull();
    expect(loadReaderIssue(db, { year: 2031, number: 1 }, 'en')).toBeNull();
    const titles = loadReaderIssue(db, { year: 2024, number: 1 }, 'en')!.sections.flatMap((s) => s.articles.map((a) => a.title));
    expect(titles).not.toContain('LATE ADDITION');
  });

  it('gives no page link when the file does not list an article', () => {
    const issue = loadReaderIssue(db, { year: 2023, number: 12 }, 'en')!;
    expect(issue.sections[0]!.articles[0]).toMatchObject({ title: 'DEC', page: null, pdfHref: null });
  });
});

describe('an issue reopened for a correction', () => {
  it('shows the text stored with the publication, not what was typed and approved since', () => {
    const { issueId, articleIds } = createIssue(db, { year: 2024, number: 5, articles: [
      { country: 'KG', titleEn: 'AS PUBLISHED', titleRu: 'КАК ОПУБЛИКОВАНО', bodyEn: 'The *published* body.', sources: ['https://example.org/a'] },
    ] });
    publishRevision(db, { issueId, revision: 1, langs: ['en'], toc: tocFor({ KG: 3 }, articleIds, [4]) });
    db.update(issues).set({ status: 'correction' }).where(eq(issues.id, issueId)).run();
    db.update(articles).set({ status: 'approved', titleEn: 'REWRITTEN AND RE-APPROVED', bodyEn: 'Not published yet.' }).where(eq(articles.id, articleIds[0]!)).run();

    const issue = loadReaderIssue(db, { year: 2024, number: 5 }, 'en')!;
    expect(issue.sections).toEqual([
      {
        countryCode: 'KG',
        name: 'Kyrgyzstan',
        heading: 'KYRGYZ REPUBLIC',
        page: 3,
        pdfHref: '/releases/2024/5/en.pdf?inline=1#page=3',
        articles: [{
          id: articleIds[0],
          title: 'AS PUBLISHED',
          outlet: '',
          body: 'The *published* body.',
          sources: ['https://example.org/a'],
          photos: [],
          withheld: false,
          page: 4,
          pdfHref: '/releases/2024/5/en.pdf?inline=1#page=4',
        }],
      },
    ]);
  });

  it('shows no article text for a file stored without one', () => {
    const { issueId } = createIssue(db, { year: 2024, number: 6, articles: [{ country: 'KZ', titleEn: 'NO TEXT', titleRu: 'БЕЗ ТЕКСТА' }] });
    publishRevision(db, { issueId, revision: 1, withText: false });
    const issue = loadReaderIssue(db, { year: 2024, number: 6 }, 'en')!;
    expect(issue.sections).toEqual([]);
    expect(issue.latest.files).toHaveLength(2);
  });
});
