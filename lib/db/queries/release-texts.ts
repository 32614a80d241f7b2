import { and, asc, count, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { PublishedPhoto } from '@/lib/domain/published-text';
import type { Db, DbOrTx } from '../client';
import { publishedArticles, releaseFiles, releaseTexts } from '../schema';

export type ReleaseTextRow = typeof releaseTexts.$inferSelect;
export type PublishedArticleRow = typeof publishedArticles.$inferSelect;
export type NewPublishedArticle = Omit<typeof publishedArticles.$inferInsert, 'id' | 'releaseFileId'>;

export interface NewReleaseText {
  releaseFileId: number;
  summaryCounts: string;
  summaryDigest: string;
  backfilled?: boolean;
  articles: NewPublishedArticle[];
}

/** Stores the text of one published edition file; rows are immutable (triggers refuse changes). */
export function insertReleaseText(db: DbOrTx, text: NewReleaseText): void {
  const { articles, ...row } = text;
  db.insert(releaseTexts).values(row).run();
  if (articles.length > 0) {
    db.insert(publishedArticles)
      .values(articles.map((a) => ({ ...a, releaseFileId: text.releaseFileId })))
      .run();
  }
}

/** The stored text of a release file, articles in publication order; undefined when none was stored. */
export function findReleaseText(db: DbOrTx, releaseFileId: number): { text: ReleaseTextRow; articles: PublishedArticleRow[] } | undefined {
  const text = db.select().from(releaseTexts).where(eq(releaseTexts.releaseFileId, releaseFileId)).get();
  if (!text) return undefined;
  const articles = db
    .select()
    .from(publishedArticles)
    .where(eq(publishedArticles.releaseFileId, releaseFileId))
    .orderBy(asc(publishedArticles.position))
    .all();
  return { text, articles };
}

/** Article count of each given release file's stored text. */
export function countPublishedArticles(db: DbOrTx, releaseFileIds: number[]): Map<number, number> {
  if (releaseFileIds.length === 0) return new Map();
  return new Map(
    db
      .select({ id: publishedArticles.releaseFileId, n: count() })
      .from(publishedArticles)
      .where(inArray(publishedArticles.releaseFileId, releaseFileIds))
      .groupBy(publishedArticles.releaseFileId)
      .all()
      .map((r) => [r.id, r.n]),
  );
}

/** Release files published before texts were stored with them. */
export function listReleaseFilesWithoutText(db: DbOrTx): Array<typeof releaseFiles.$inferSelect> {
  return db
    .select({ file: releaseFiles })
    .from(releaseFiles)
    .leftJoin(releaseTexts, eq(releaseTexts.releaseFileId, releaseFiles.id))
    .where(isNull(releaseTexts.releaseFileId))
    .orderBy(asc(releaseFiles.id))
    .all()
    .map((r) => r.file);
}

/** Every photo file a publication owns (relative to the data directory). */
export function allPublishedPhotoFiles(db: DbOrTx): Set<string> {
  const files = new Set<string>();
  for (const { photos } of db.select({ photos: publishedArticles.photos }).from(publishedArticles).all()) {
    for (const photo of photos) {
      files.add(photo.file);
      files.add(photo.thumbFile);
    }
  }
  return files;
}

/** A photo that a published revision (≤ maxRevision) of the issue printed, by content hash; undefined if none. */
export function findPublishedPhoto(db: DbOrTx, issueId: number, maxRevision: number, sha256: string): PublishedPhoto | undefined {
  const rows = db
    .select({ photos: publishedArticles.photos })
    .from(publishedArticles)
    .innerJoin(releaseFiles, eq(releaseFiles.id, publishedArticles.releaseFileId))
    .where(and(eq(releaseFiles.issueId, issueId), lte(releaseFiles.revision, maxRevision), sql`instr(${publishedArticles.photos}, ${sha256}) > 0`))
    .all();
  return rows.flatMap((r) => r.photos).find((p) => p.sha256 === sha256);
}

/**
 * Articles per country and month of a year's published issues (their latest revision, in one
 * language's file: both editions hold the same articles), each issue in the month its period starts.
 */
export function countYearFigures(db: Db, year: number, lang: 'en' | 'ru'): Array<{ month: number; countryCode: string; count: number }> {
  return db.$client
    .prepare(
      `SELECT CAST(substr(i.period_start, 6, 2) AS INTEGER) AS month, pa.country_code AS countryCode, count(*) AS count
       FROM issues i
       JOIN release_files rf ON rf.issue_id = i.id AND rf.revision = i.revision
       JOIN published_articles pa ON pa.release_file_id = rf.id
       WHERE i.year = ? AND i.status IN ('published', 'correction') AND i.revision > 0
         AND rf.lang = (SELECT CASE WHEN EXISTS (SELECT 1 FROM release_files r2 WHERE r2.issue_id = i.id AND r2.revision = i.revision AND r2.lang = ?) THEN ? ELSE (CASE ? WHEN 'en' THEN 'ru' ELSE 'en' END) END)
       GROUP BY month, pa.country_code`,
    )
    .all(year, lang, lang, lang) as Array<{ month: number; countryCode: string; count: number }>;
}
