import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { issueArticles, issues } from '@/lib/db/schema';
import type { Actor } from '@/lib/services/actor';
import { findSourceUsage } from '@/lib/db/queries/source-usage';
import { saveArticle } from '@/lib/services/save-article';
import { articleTestDb, READY, readyArticle } from './setup';

let db: Db;
let editor: Actor;

beforeEach(() => {
  ({ db, editor } = articleTestDb());
});

describe('the same source in another article or an earlier issue', () => {
  it('warns with the other article and its issue, whatever the spelling of the link', () => {
    const old = readyArticle(db, editor, { sources: ['https://www.kaktus.media/doc/1.html/', 'https://мвд.рф/news/item/1'] });
    const issue = db.insert(issues).values({ year: 2023, number: 12, periodStart: '2023-12-01', periodEnd: '2023-12-31', placeEn: 'Almaty', placeRu: 'Алматы', status: 'published' }).returning().get();
    db.insert(issueArticles).values({ issueId: issue.id, articleId: old.id, position: 0 }).run();

    const fresh = readyArticle(db, editor, { sources: ['https://unrelated.example/a'] });
    const saved = saveArticle(db, editor, {
      ...READY,
      sources: ['http://KAKTUS.media/doc/1.html', 'xn--b1aew.xn--p1ai/news/item/1', 'https://unrelated.example/a'],
      id: fresh.id,
      expectedVersion: fresh.version,
    });
    expect(saved.sourceUsage).toEqual([
      { url: 'http://kaktus.media/doc/1.html', articleId: old.id, articleTitle: READY.titleEn, articleStatus: 'draft', issue: { year: 2023, number: 12, status: 'published' } },
      { url: 'https://xn--b1aew.xn--p1ai/news/item/1', articleId: old.id, articleTitle: READY.titleEn, articleStatus: 'draft', issue: { year: 2023, number: 12, status: 'published' } },
    ]);
  });

  it('does not count the article itself, nor pages that only share a prefix', () => {
    const a = readyArticle(db, editor, { sources: ['https://news.example/1'] });
    readyArticle(db, editor, { sources: ['https://news.example/12', 'https://news.example/1#comments'] });
    expect(findSourceUsage(db, ['https://news.example/1'], a.id)).toEqual([]);
    expect(findSourceUsage(db, ['https://news.example/1'])).toHaveLength(1);
    expect(findSourceUsage(db, ['not a url'])).toEqual([]);
  });
});
