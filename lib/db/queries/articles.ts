import { and, asc, desc, eq, gte, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../client';
import { articleComments, articles, articleSnapshots, articleSources, countries, photos, users } from '../schema';
import { parseSnapshotContent, type ArticleSnapshotContent } from '@/lib/domain/article-diff';

export type ArticleRow = typeof articles.$inferSelect;
export type PhotoRow = typeof photos.$inferSelect;
export type CommentRow = typeof articleComments.$inferSelect;

export function findArticle(db: DbOrTx, id: number): ArticleRow | undefined {
  return db.select().from(articles).where(eq(articles.id, id)).get();
}

export function listArticleSources(db: DbOrTx, articleId: number): string[] {
  return db
    .select({ url: articleSources.url })
    .from(articleSources)
    .where(eq(articleSources.articleId, articleId))
    .orderBy(asc(articleSources.position))
    .all()
    .map((r) => r.url);
}

export function listArticlePhotos(db: DbOrTx, articleId: number): PhotoRow[] {
  return db.select().from(photos).where(eq(photos.articleId, articleId)).orderBy(asc(photos.position)).all();
}

export function findPhoto(db: DbOrTx, id: number): PhotoRow | undefined {
  return db.select().from(photos).where(eq(photos.id, id)).get();
}

export function userDisplayName(db: DbOrTx, id: number | null): string | null {
  if (id == null) return null;
  return db.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? null;
}

export interface ArticleDetail {
  article: ArticleRow;
  country: { code: string; nameEn: string; nameRu: string } | null;
  authorName: string | null;
  updatedByName: string | null;
  sources: string[];
  photos: PhotoRow[];
}

/** Everything the editor page shows about one article. */
export function getArticleDetail(db: DbOrTx, id: number): ArticleDetail | undefined {
  const author = alias(users, 'author');
  const editor = alias(users, 'editor');
  const row = db
    .select({
      article: articles,
      countryCode: countries.code,
      countryEn: countries.nameEn,
      countryRu: countries.nameRu,
      authorName: author.name,
      updatedByName: editor.name,
    })
    .from(articles)
    .leftJoin(countries, eq(countries.code, articles.countryCode))
    .leftJoin(author, eq(author.id, articles.authorId))
    .leftJoin(editor, eq(editor.id, articles.updatedBy))
    .where(eq(articles.id, id))
    .get();
  if (!row) return undefined;
  return {
    article: row.article,
    country: row.countryCode ? { code: row.countryCode, nameEn: row.countryEn ?? '', nameRu: row.countryRu ?? '' } : null,
    authorName: row.authorName,
    updatedByName: row.updatedByName,
    sources: listArticleSources(db, id),
    photos: listArticlePhotos(db, id),
  };
}

export interface CommentListing {
  id: number;
  kind: CommentRow['kind'];
  body: string;
  createdAt: string;
  authorName: string | null;
}

/** The review thread, oldest first. */
export function listArticleComments(db: DbOrTx, articleId: number): CommentListing[] {
  return db
    .select({
      id: articleComments.id,
      kind: articleComments.kind,
      body: articleComments.body,
      createdAt: articleComments.createdAt,
      authorName: users.name,
    })
    .from(articleComments)
    .leftJoin(users, eq(users.id, articleComments.authorId))
    .where(eq(articleComments.articleId, articleId))
    .orderBy(asc(articleComments.createdAt), asc(articleComments.id))
    .all();
}

export interface SnapshotListing {
  id: number;
  version: number;
  reason: 'submitted' | 'approved';
  createdAt: string;
  content: ArticleSnapshotContent;
}

export function listArticleSnapshots(db: DbOrTx, articleId: number): SnapshotListing[] {
  return db
    .select()
    .from(articleSnapshots)
    .where(eq(articleSnapshots.articleId, articleId))
    .orderBy(asc(articleSnapshots.id))
    .all()
    .map((s) => ({ id: s.id, version: s.version, reason: s.reason, createdAt: s.createdAt, content: parseSnapshotContent(s.content) }));
}

/**
 * The last review point of an earlier text version: what the reviewer saw last time. The snapshot
 * of the current version (taken at this submit) is the same text, so it is skipped.
 */
export function findPreviousReviewSnapshot(db: DbOrTx, articleId: number, currentVersion: number): SnapshotListing | undefined {
  const s = db
    .select()
    .from(articleSnapshots)
    .where(and(eq(articleSnapshots.articleId, articleId), lt(articleSnapshots.version, currentVersion)))
    .orderBy(desc(articleSnapshots.id))
    .get();
  return s && { id: s.id, version: s.version, reason: s.reason, createdAt: s.createdAt, content: parseSnapshotContent(s.content) };
}

export interface CountryOption {
  code: string;
  nameEn: string;
  nameRu: string;
  isMember: boolean;
}

/** Countries for the picker: CARICC members in their order, then the rest by their name in `lang`. */
export function listCountryOptions(db: DbOrTx, lang: 'en' | 'ru' = 'en'): CountryOption[] {
  const name = (c: { nameEn: string; nameRu: string }) => (lang === 'en' ? c.nameEn : c.nameRu);
  return db
    .select({ code: countries.code, nameEn: countries.shortEn, nameRu: countries.shortRu, isMember: countries.isMember, memberOrder: countries.memberOrder })
    .from(countries)
    .all()
    .sort(
      (a, b) =>
        Number(b.isMember) - Number(a.isMember) || (a.memberOrder ?? 0) - (b.memberOrder ?? 0) || name(a).localeCompare(name(b), lang),
    )
    .map(({ code, nameEn, nameRu, isMember }) => ({ code, nameEn, nameRu, isMember }));
}

export function countryExists(db: DbOrTx, code: string): boolean {
  return !!db.select({ code: countries.code }).from(countries).where(eq(countries.code, code)).get();
}

/**
 * Whether someone other than the author has touched the article since its last submission: a comment
 * by another user, or a text version other than the one submitted (the chief editor edited it).
 */
export function reviewStartedSinceSubmit(db: DbOrTx, article: Pick<ArticleRow, 'id' | 'version' | 'authorId'>): boolean {
  const submitted = db
    .select({ version: articleSnapshots.version, createdAt: articleSnapshots.createdAt })
    .from(articleSnapshots)
    .where(and(eq(articleSnapshots.articleId, article.id), eq(articleSnapshots.reason, 'submitted')))
    .orderBy(desc(articleSnapshots.id))
    .get();
  if (!submitted) return false;
  if (submitted.version !== article.version) return true;
  const comments = db
    .select({ authorId: articleComments.authorId })
    .from(articleComments)
    .where(and(eq(articleComments.articleId, article.id), gte(articleComments.createdAt, submitted.createdAt)))
    .all();
  return comments.some((c) => c.authorId !== article.authorId);
}
