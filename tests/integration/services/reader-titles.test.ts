import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { articles } from '@/lib/db/schema';
import { loadReaderIssue } from '@/lib/services/load-reader-issue';
import { createIssue, publishRevision } from '@/tests/helpers/reader-fixture';
import { useTemporaryAppData } from '@/tests/helpers/test-app';

let db: Db;
let articleIds: number[];

beforeEach(() => {
  useTemporaryAppData();
  db = openMemoryDatabase();
  // One title as the importer stores it (capitals, from the release), one typed at the desk (sentence case).
  const issue = createIssue(db, {
    year: 2024,
    number: 2,
    articles: [
      { country: 'KZ', titleEn: 'POLICE SEIZED 3 KG OF HASHISH IN ALMATY', titleRu: 'В АЛМАТЫ ИЗЪЯЛИ 3 КГ ГАШИША' },
      { country: 'KZ', titleEn: 'Schoolchildren in  Kostanai met drug police officers', titleRu: 'Школьники Костаная встретились с наркополицейскими' },
    ],
  });
  articleIds = issue.articleIds;
  publishRevision(db, { issueId: issue.issueId, revision: 1 });
});

afterEach(() => db.$client.close());

describe('web-edition titles', () => {
  it('are written in capitals for imported and typed articles alike, in both editions, as the release prints them', () => {
    const titles = (lang: 'en' | 'ru') => loadReaderIssue(db, { year: 2024, number: 2 }, lang)!.sections.flatMap((s) => s.articles.map((a) => a.title));
    expect(titles('en')).toEqual(['POLICE SEIZED 3 KG OF HASHISH IN ALMATY', 'SCHOOLCHILDREN IN KOSTANAI MET DRUG POLICE OFFICERS']);
    expect(titles('ru')).toEqual(['В АЛМАТЫ ИЗЪЯЛИ 3 КГ ГАШИША', 'ШКОЛЬНИКИ КОСТАНАЯ ВСТРЕТИЛИСЬ С НАРКОПОЛИЦЕЙСКИМИ']);
  });

  it('never rewrite the stored text', () => {
    loadReaderIssue(db, { year: 2024, number: 2 }, 'en');
    expect(db.select().from(articles).where(eq(articles.id, articleIds[1]!)).get()!.titleEn).toBe('Schoolchildren in  Kostanai met drug police officers');
  });
});
