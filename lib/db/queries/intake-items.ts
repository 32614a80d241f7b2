import { and, desc, eq, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { articles, articleSources, intakeItems, outlets, INTAKE_STATUSES, type IntakeLanguage, type IntakeStatus } from '../schema';
import { parseMatches, type RelevanceMatch } from '@/lib/domain/intake/relevance-types';

export type IntakeItemRow = typeof intakeItems.$inferSelect;
export type NewIntakeItem = typeof intakeItems.$inferInsert;

/** An item as the inbox and the "create article" page show it. */
export interface InboxItem {
  id: number;
  url: string;
  title: string;
  summary: string;
  imageUrl: string | null;
  publishedAt: string | null;
  language: IntakeLanguage | null;
  countryCode: string | null;
  score: number;
  /** The matched words with their offsets in the title or summary, for highlighting. */
  matches: RelevanceMatch[];
  status: IntakeStatus;
  statusChangedAt: string | null;
  /** The outlet of the feed that brought it, or of the site it was captured from. */
  outlet: { id: number; name: string } | null;
  /** The article that already cites this link as a source (or was created from the item). */
  article: { id: number; titleEn: string; titleRu: string } | null;
  createdAt: string;
}

export interface InboxFilter {
  /** Default 'new'. */
  status?: IntakeStatus;
  outletId?: number;
  countryCode?: string;
  language?: IntakeLanguage;
  /** Published on or after this day (YYYY-MM-DD) or instant (ISO). */
  from?: string;
  /** Published on or before this day (YYYY-MM-DD, the whole day) or before this instant (ISO). */
  to?: string;
  /** Default 50, at most 200. */
  limit?: number;
  offset?: number;
}

export interface InboxPage {
  items: InboxItem[];
  /** Items per status under the same outlet, country, language and period filters. */
  counts: Record<IntakeStatus, number>;
  /** Items of the requested status under the filters (counts[status]). */
  total: number;
  limit: number;
  offset: number;
}

export const INBOX_PAGE_DEFAULT = 50;
export const INBOX_PAGE_MAX = 200;

const inboxColumns = {
  id: intakeItems.id,
  url: intakeItems.url,
  title: intakeItems.title,
  summary: intakeItems.summary,
  imageUrl: intakeItems.imageUrl,
  publishedAt: intakeItems.publishedAt,
  language: intakeItems.language,
  countryCode: intakeItems.countryCode,
  score: intakeItems.score,
  matchedTerms: intakeItems.matchedTerms,
  status: intakeItems.status,
  statusChangedAt: intakeItems.statusChangedAt,
  outletId: outlets.id,
  outletName: outlets.name,
  articleId: articles.id,
  articleTitleEn: articles.titleEn,
  articleTitleRu: articles.titleRu,
  createdAt: intakeItems.createdAt,
};

/** A row of the inbox select: the item's own columns flat, its outlet and article as nullable columns. */
type InboxRow = Omit<InboxItem, 'matches' | 'outlet' | 'article'> & {
  matchedTerms: string;
  outletId: number | null;
  outletName: string | null;
  articleId: number | null;
  articleTitleEn: string | null;
  articleTitleRu: string | null;
};

function inboxItemOf(row: InboxRow): InboxItem {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    summary: row.summary,
    imageUrl: row.imageUrl,
    publishedAt: row.publishedAt,
    language: row.language,
    countryCode: row.countryCode,
    score: row.score,
    matches: parseMatches(row.matchedTerms),
    status: row.status,
    statusChangedAt: row.statusChangedAt,
    outlet: row.outletId == null ? null : { id: row.outletId, name: row.outletName ?? '' },
    article:
      row.articleId == null ? null : { id: row.articleId, titleEn: row.articleTitleEn ?? '', titleRu: row.articleTitleRu ?? '' },
    createdAt: row.createdAt,
  };
}

/** The first instant after `to`: a bare day includes the whole day. */
function endOf(to: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) return to;
  const next = new Date(`${to}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

/** The conditions every status shares (outlet, country, language, period). */
function sharedConditions(filter: InboxFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.outletId != null) where.push(eq(intakeItems.outletId, filter.outletId));
  if (filter.countryCode) where.push(eq(intakeItems.countryCode, filter.countryCode));
  if (filter.language) where.push(eq(intakeItems.language, filter.language));
  if (filter.from) where.push(gte(intakeItems.publishedAt, filter.from));
  if (filter.to) where.push(lt(intakeItems.publishedAt, endOf(filter.to)));
  return where;
}

/** Items per status under the shared filters. */
export function countInboxItems(db: DbOrTx, filter: Omit<InboxFilter, 'status' | 'limit' | 'offset'> = {}): Record<IntakeStatus, number> {
  const conditions = sharedConditions(filter);
  // Without filters: the totals the triggers keep (migration 0018), not a count of every item.
  const rows =
    conditions.length === 0
      ? db.all<{ status: IntakeStatus; n: number }>(sql`select status, n from intake_status_counts`)
      : db
          .select({ status: intakeItems.status, n: sql<number>`count(*)` })
          .from(intakeItems)
          .where(and(...conditions))
          .groupBy(intakeItems.status)
          .all();
  const counts = Object.fromEntries(INTAKE_STATUSES.map((s) => [s, 0])) as Record<IntakeStatus, number>;
  for (const row of rows) if (row.status in counts) counts[row.status] = row.n;
  return counts;
}

/**
 * One page of the inbox: the items of one status under the filters, the most relevant first, then
 * the newest (undated items last), with the counts per status for the tabs.
 */
export function listInboxItems(db: DbOrTx, filter: InboxFilter = {}): InboxPage {
  const status = filter.status ?? 'new';
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? INBOX_PAGE_DEFAULT), 1), INBOX_PAGE_MAX);
  const offset = Math.max(Math.trunc(filter.offset ?? 0), 0);
  const order = [desc(intakeItems.score), desc(intakeItems.publishedAt), desc(intakeItems.id)];
  // The page's ids first, from an index alone (an offset skips index entries, not joined rows), then its rows.
  const ids = db
    .select({ id: intakeItems.id })
    .from(intakeItems)
    .where(and(eq(intakeItems.status, status), ...sharedConditions(filter)))
    .orderBy(...order)
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => r.id);
  const rows =
    ids.length === 0
      ? []
      : db
          .select(inboxColumns)
          .from(intakeItems)
          .leftJoin(outlets, eq(outlets.id, intakeItems.outletId))
          .leftJoin(articles, eq(articles.id, intakeItems.articleId))
          .where(inArray(intakeItems.id, ids))
          .orderBy(...order)
          .all();
  const counts = countInboxItems(db, filter);
  return { items: rows.map(inboxItemOf), counts, total: counts[status], limit, offset };
}

/** One item as the inbox shows it. */
export function findInboxItem(db: DbOrTx, id: number): InboxItem | undefined {
  const row = db
    .select(inboxColumns)
    .from(intakeItems)
    .leftJoin(outlets, eq(outlets.id, intakeItems.outletId))
    .leftJoin(articles, eq(articles.id, intakeItems.articleId))
    .where(eq(intakeItems.id, id))
    .get();
  return row && inboxItemOf(row);
}

export function findIntakeItem(db: DbOrTx, id: number): IntakeItemRow | undefined {
  return db.select().from(intakeItems).where(eq(intakeItems.id, id)).get();
}

/** The item stored under a canonical URL (sourceMatchKey of its link). */
export function findIntakeItemByCanonicalUrl(db: DbOrTx, canonicalUrl: string): IntakeItemRow | undefined {
  return db.select().from(intakeItems).where(eq(intakeItems.canonicalUrl, canonicalUrl)).get();
}

/** Which of these canonical URLs are stored already. */
export function findKnownCanonicalUrls(db: DbOrTx, canonicalUrls: string[]): Set<string> {
  const known = new Set<string>();
  for (let i = 0; i < canonicalUrls.length; i += 500) {
    const chunk = canonicalUrls.slice(i, i + 500);
    for (const row of db
      .select({ key: intakeItems.canonicalUrl })
      .from(intakeItems)
      .where(inArray(intakeItems.canonicalUrl, chunk))
      .all())
      known.add(row.key);
  }
  return known;
}

/** Stores an item unless its canonical URL is stored already; the new id, or null when it was there. */
export function insertIntakeItem(db: DbOrTx, item: NewIntakeItem): number | null {
  const row = db
    .insert(intakeItems)
    .values(item)
    .onConflictDoNothing({ target: intakeItems.canonicalUrl })
    .returning({ id: intakeItems.id })
    .get();
  return row?.id ?? null;
}

export function countIntakeItems(db: DbOrTx): number {
  return db.get<{ n: number }>(sql`select count(*) as n from intake_items`).n;
}

/** What re-scoring reads: a batch of items after an id, in id order. */
export function listItemsForScoring(
  db: DbOrTx,
  afterId: number,
  limit: number,
): Pick<IntakeItemRow, 'id' | 'title' | 'summary' | 'language' | 'score' | 'matchedTerms'>[] {
  return db
    .select({
      id: intakeItems.id,
      title: intakeItems.title,
      summary: intakeItems.summary,
      language: intakeItems.language,
      score: intakeItems.score,
      matchedTerms: intakeItems.matchedTerms,
    })
    .from(intakeItems)
    .where(gt(intakeItems.id, afterId))
    .orderBy(intakeItems.id)
    .limit(limit)
    .all();
}

export function setItemRelevance(db: DbOrTx, id: number, score: number, matches: RelevanceMatch[]): void {
  db.update(intakeItems)
    .set({ score, matchedTerms: JSON.stringify(matches) })
    .where(eq(intakeItems.id, id))
    .run();
}

/** Links an item to the article that cites its URL (or was created from it). */
export function setItemArticle(db: DbOrTx, id: number, articleId: number | null): void {
  db.update(intakeItems).set({ articleId }).where(eq(intakeItems.id, id)).run();
}

/** Every article source link (for matching items to the articles that cite them), oldest article first. */
export function listArticleSourceUrls(db: DbOrTx): { url: string; articleId: number }[] {
  return db
    .select({ url: articleSources.url, articleId: articleSources.articleId })
    .from(articleSources)
    .orderBy(articleSources.articleId, articleSources.position)
    .all();
}

/** What the editor shows beside an article made from an item (or citing it): the item as it came in. */
export interface ItemReferenceView {
  id: number;
  url: string;
  title: string;
  summary: string;
  text: string;
  imageUrl: string | null;
  publishedAt: string | null;
  language: IntakeLanguage | null;
  outletName: string | null;
}

/** The item linked to an article (the latest if several), for the reference panel of the editor. */
export function findItemReferenceForArticle(db: DbOrTx, articleId: number): ItemReferenceView | undefined {
  return db
    .select({
      id: intakeItems.id,
      url: intakeItems.url,
      title: intakeItems.title,
      summary: intakeItems.summary,
      text: intakeItems.text,
      imageUrl: intakeItems.imageUrl,
      publishedAt: intakeItems.publishedAt,
      language: intakeItems.language,
      outletName: outlets.name,
    })
    .from(intakeItems)
    .leftJoin(outlets, eq(outlets.id, intakeItems.outletId))
    .where(eq(intakeItems.articleId, articleId))
    .orderBy(desc(intakeItems.id))
    .limit(1)
    .get();
}

/**
 * Stores many items in a few statements (100 rows each), skipping those whose canonical URL is stored
 * already; answers the stored ones. One statement per 100 rows instead of one per row: building and
 * preparing a statement per item was most of a poll's CPU time.
 */
export function insertIntakeItems(db: DbOrTx, items: NewIntakeItem[]): { id: number; score: number }[] {
  const stored: { id: number; score: number }[] = [];
  for (let i = 0; i < items.length; i += 100) {
    stored.push(
      ...db
        .insert(intakeItems)
        .values(items.slice(i, i + 100))
        .onConflictDoNothing({ target: intakeItems.canonicalUrl })
        .returning({ id: intakeItems.id, score: intakeItems.score })
        .all(),
    );
  }
  return stored;
}
