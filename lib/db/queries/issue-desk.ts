import { and, asc, between, desc, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { articles, articleSources, countries, issueArticles, issues, releaseFiles } from '../schema';

export type IssueRow = typeof issues.$inferSelect;
export type ReleaseFileRow = typeof releaseFiles.$inferSelect;
export type NewReleaseFile = typeof releaseFiles.$inferInsert;

export function findIssueById(db: DbOrTx, id: number): IssueRow | undefined {
  return db.select().from(issues).where(eq(issues.id, id)).get();
}

export interface DeskIssueListing extends IssueRow {
  articleCount: number;
}

/** Every issue, newest first, for the desk. */
export function listDeskIssues(db: DbOrTx): DeskIssueListing[] {
  return db
    .select({
      issue: issues,
      articleCount: sql<number>`(select count(*) from ${issueArticles} where ${issueArticles.issueId} = ${issues.id})`,
    })
    .from(issues)
    .orderBy(desc(issues.year), desc(issues.number))
    .all()
    .map((r) => ({ ...r.issue, articleCount: r.articleCount }));
}

/** Every issue number taken, by year (for the new-issue form's live proposal). */
export function listIssueNumbersByYear(db: DbOrTx): Record<number, number[]> {
  const byYear: Record<number, number[]> = {};
  for (const row of db.select({ year: issues.year, number: issues.number }).from(issues).all()) (byYear[row.year] ??= []).push(row.number);
  return byYear;
}

export function issueNumbersOfYear(db: DbOrTx, year: number): number[] {
  return db
    .select({ number: issues.number })
    .from(issues)
    .where(eq(issues.year, year))
    .all()
    .map((r) => r.number);
}

/** Issues whose articles are public: published, or published and now in correction. */
const publicIssueIds = (db: DbOrTx) => db.select({ id: issues.id }).from(issues).where(ne(issues.status, 'draft'));

export interface OfferedArticle {
  id: number;
  countryCode: string;
  countryNameEn: string;
  countryNameRu: string;
  eventDate: string;
  titleEn: string;
  titleRu: string;
  untitled: boolean;
}

/**
 * Approved articles of the period that no published issue holds and that are not in this issue
 * yet: what the chief editor may add.
 */
export function listOfferedArticles(db: DbOrTx, issue: Pick<IssueRow, 'id' | 'periodStart' | 'periodEnd'>): OfferedArticle[] {
  const inPublic = db.select({ id: issueArticles.articleId }).from(issueArticles).where(inArray(issueArticles.issueId, publicIssueIds(db)));
  const inThis = db.select({ id: issueArticles.articleId }).from(issueArticles).where(eq(issueArticles.issueId, issue.id));
  return db
    .select({
      id: articles.id,
      countryCode: articles.countryCode,
      countryNameEn: countries.shortEn,
      countryNameRu: countries.shortRu,
      eventDate: articles.eventDate,
      titleEn: articles.titleEn,
      titleRu: articles.titleRu,
      untitled: articles.untitled,
    })
    .from(articles)
    .innerJoin(countries, eq(countries.code, articles.countryCode))
    .where(
      and(
        eq(articles.status, 'approved'),
        between(articles.eventDate, issue.periodStart, issue.periodEnd),
        notInArray(articles.id, inPublic),
        notInArray(articles.id, inThis),
      ),
    )
    .orderBy(asc(countries.isMember), asc(articles.countryCode), asc(articles.eventDate), asc(articles.id))
    .all();
}

/** The ids among these that a published (or corrected) issue other than `exceptIssueId` holds. */
export function articlesInPublicIssues(db: DbOrTx, articleIds: number[], exceptIssueId: number): number[] {
  if (articleIds.length === 0) return [];
  return db
    .select({ id: issueArticles.articleId })
    .from(issueArticles)
    .innerJoin(issues, eq(issues.id, issueArticles.issueId))
    .where(and(inArray(issueArticles.articleId, articleIds), ne(issues.status, 'draft'), ne(issues.id, exceptIssueId)))
    .all()
    .map((r) => r.id);
}

export function issueArticleRows(db: DbOrTx, issueId: number): Array<{ articleId: number; position: number; countryCode: string }> {
  return db
    .select({ articleId: issueArticles.articleId, position: issueArticles.position, countryCode: articles.countryCode })
    .from(issueArticles)
    .innerJoin(articles, eq(articles.id, issueArticles.articleId))
    .where(eq(issueArticles.issueId, issueId))
    .orderBy(asc(issueArticles.position))
    .all();
}

export function setIssueArticlePosition(db: DbOrTx, issueId: number, articleId: number, position: number): void {
  db.update(issueArticles)
    .set({ position })
    .where(and(eq(issueArticles.issueId, issueId), eq(issueArticles.articleId, articleId)))
    .run();
}

export function insertIssueArticle(db: DbOrTx, issueId: number, articleId: number, position: number): void {
  db.insert(issueArticles).values({ issueId, articleId, position }).run();
}

export function deleteIssueArticles(db: DbOrTx, issueId: number, articleIds: number[]): void {
  if (articleIds.length === 0) return;
  db.delete(issueArticles).where(and(eq(issueArticles.issueId, issueId), inArray(issueArticles.articleId, articleIds))).run();
}

export function findArticleStates(db: DbOrTx, ids: number[]): Array<{ id: number; status: string; eventDate: string }> {
  if (ids.length === 0) return [];
  return db
    .select({ id: articles.id, status: articles.status, eventDate: articles.eventDate })
    .from(articles)
    .where(inArray(articles.id, ids))
    .all();
}

export function listReleaseFiles(db: DbOrTx, issueId: number): ReleaseFileRow[] {
  return db
    .select()
    .from(releaseFiles)
    .where(eq(releaseFiles.issueId, issueId))
    .orderBy(desc(releaseFiles.revision), asc(releaseFiles.lang))
    .all();
}

export function insertReleaseFile(db: DbOrTx, row: NewReleaseFile): number {
  return db.insert(releaseFiles).values(row).returning({ id: releaseFiles.id }).get().id;
}

/** Every stored path a release_files row points to (relative to the data directory). */
export function allReleaseFilePaths(db: DbOrTx): Set<string> {
  return new Set(db.select({ path: releaseFiles.path }).from(releaseFiles).all().map((r) => r.path));
}

/** Source links cited by articles of other published (or corrected) issues. */
export function listEarlierSources(db: DbOrTx, exceptIssueId: number): Array<{ url: string; year: number; number: number; articleId: number }> {
  return db
    .select({ url: articleSources.url, year: issues.year, number: issues.number, articleId: articleSources.articleId })
    .from(articleSources)
    .innerJoin(issueArticles, eq(issueArticles.articleId, articleSources.articleId))
    .innerJoin(issues, eq(issues.id, issueArticles.issueId))
    .where(and(ne(issues.status, 'draft'), ne(issues.id, exceptIssueId)))
    .orderBy(asc(issues.year), asc(issues.number))
    .all();
}

export function setArticlesStatus(db: DbOrTx, ids: number[], status: 'approved' | 'published', at: string): void {
  if (ids.length === 0) return;
  db.update(articles).set({ status, updatedAt: at, version: sql`${articles.version} + 1` }).where(inArray(articles.id, ids)).run();
}
