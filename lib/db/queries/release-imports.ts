import { and, eq } from 'drizzle-orm';
import type { Lang } from '@/lib/domain/lang';
import type { DbOrTx } from '../client';
import { articles, articleSources, issueArticles, releaseImports } from '../schema';

export type ReleaseImportRow = typeof releaseImports.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;

export function findReleaseImport(db: DbOrTx, issueId: number, lang: Lang): ReleaseImportRow | undefined {
  return db
    .select()
    .from(releaseImports)
    .where(and(eq(releaseImports.issueId, issueId), eq(releaseImports.lang, lang)))
    .get();
}

export function insertReleaseImport(db: DbOrTx, row: { issueId: number; lang: Lang; sha256: string; fileName: string }): void {
  db.insert(releaseImports).values(row).run();
}

/** Inserts the article and its source links (positions 0..n); returns the new id. */
export function insertArticleWithSources(db: DbOrTx, values: NewArticle, sources: string[]): number {
  const { id } = db.insert(articles).values(values).returning({ id: articles.id }).get();
  appendArticleSources(db, id, sources, 0);
  return id;
}

export function appendArticleSources(db: DbOrTx, articleId: number, urls: string[], firstPosition: number): void {
  urls.forEach((url, i) => {
    db.insert(articleSources).values({ articleId, position: firstPosition + i, url }).run();
  });
}

/** Sets the issue's articles and their positions 0..n to exactly `articleIds`, in that order. */
export function setIssueArticleOrder(db: DbOrTx, issueId: number, articleIds: number[]): void {
  articleIds.forEach((articleId, position) => {
    db.insert(issueArticles)
      .values({ issueId, articleId, position })
      .onConflictDoUpdate({ target: [issueArticles.issueId, issueArticles.articleId], set: { position } })
      .run();
  });
}
