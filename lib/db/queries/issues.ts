import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { articles, articleSources, countries, issueArticles, issues, photos } from '../schema';

export type IssueRow = typeof issues.$inferSelect;
export type ArticleRow = typeof articles.$inferSelect;
export type CountryRow = typeof countries.$inferSelect;
export type PhotoRow = typeof photos.$inferSelect;

export function findIssue(db: DbOrTx, year: number, number: number): IssueRow | undefined {
  return db.select().from(issues).where(and(eq(issues.year, year), eq(issues.number, number))).get();
}

export interface IssueListing extends IssueRow {
  articleCount: number;
}

export function listPublishedIssues(db: DbOrTx): IssueListing[] {
  return db
    .select({
      issue: issues,
      articleCount: sql<number>`(select count(*) from ${issueArticles} where ${issueArticles.issueId} = ${issues.id})`,
    })
    .from(issues)
    .where(eq(issues.status, 'published'))
    .orderBy(desc(issues.year), desc(issues.number))
    .all()
    .map((r) => ({ ...r.issue, articleCount: r.articleCount }));
}

export interface IssueArticle {
  article: ArticleRow;
  country: CountryRow;
  position: number;
  sources: string[];
  photos: PhotoRow[];
}

/**
 * The issue's articles in publication order: member states by their configured order, then the
 * other countries in the order the editor placed them; inside a section by position.
 */
export function listIssueArticles(db: DbOrTx, issueId: number): IssueArticle[] {
  const rows = db
    .select({ article: articles, country: countries, position: issueArticles.position })
    .from(issueArticles)
    .innerJoin(articles, eq(articles.id, issueArticles.articleId))
    .innerJoin(countries, eq(countries.code, articles.countryCode))
    .where(eq(issueArticles.issueId, issueId))
    .orderBy(asc(issueArticles.position))
    .all();
  const ids = rows.map((r) => r.article.id);
  const sourcesByArticle = groupBy(
    ids.length
      ? db.select().from(articleSources).where(inArray(articleSources.articleId, ids)).orderBy(asc(articleSources.position)).all()
      : [],
    (s) => s.articleId,
  );
  const photosByArticle = groupBy(
    ids.length ? db.select().from(photos).where(inArray(photos.articleId, ids)).orderBy(asc(photos.position)).all() : [],
    (p) => p.articleId,
  );
  const firstPosition = new Map<string, number>();
  for (const r of rows) if (!firstPosition.has(r.country.code)) firstPosition.set(r.country.code, r.position);
  const sectionKey = (c: CountryRow) =>
    c.isMember ? [0, c.memberOrder ?? Number.MAX_SAFE_INTEGER] : [1, firstPosition.get(c.code) ?? 0];
  return rows
    .map((r) => ({
      ...r,
      sources: (sourcesByArticle.get(r.article.id) ?? []).map((s) => s.url),
      photos: photosByArticle.get(r.article.id) ?? [],
    }))
    .sort((a, b) => {
      const [ag, ao] = sectionKey(a.country);
      const [bg, bo] = sectionKey(b.country);
      return ag! - bg! || ao! - bo! || a.position - b.position;
    });
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
