import { and, asc, desc, eq, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { articles, countries, issueArticles, users } from '../schema';
import { FOLD_FUNCTION, registerSearchFunction } from '../search-function';
import { containsPattern } from '@/lib/domain/search-text';
import { STATES, type ArticleState, type Role } from '@/lib/domain/workflow';

/**
 * The editors' dashboard: queues of articles, newest event first, with filters, a title search in
 * either language and keyset pagination on (event_date, id). Each queue is a status, so it is served
 * by the index on (status, event_date) without reading the whole table, however many articles exist.
 */
export const QUEUES = ['drafts', 'returned', 'review', 'approved', 'all'] as const;
export type Queue = (typeof QUEUES)[number];

export function isQueue(value: unknown): value is Queue {
  return typeof value === 'string' && (QUEUES as readonly string[]).includes(value);
}

/** What a user sees first: an editor their drafts, a chief editor (or admin) what waits for review. */
export function defaultQueue(role: Role): Queue {
  return role === 'editor' ? 'drafts' : 'review';
}

export interface DashboardFilter {
  queue: Queue;
  /** The signed-in user: "drafts" and "returned" are theirs. */
  userId: number;
  country?: string;
  /** Only applies to the "all" queue; every other queue is one status. */
  status?: ArticleState;
  /** Event dates, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  /** Part of the English or the Russian title, ignoring case in any script. */
  search?: string;
}

export interface DashboardCursor {
  eventDate: string;
  id: number;
}

export interface DashboardPageRequest {
  /** Rows older than this one (the next page)... */
  after?: DashboardCursor | null;
  /** ...or newer than this one (the previous page). */
  before?: DashboardCursor | null;
  limit?: number;
}

export interface DashboardRow {
  id: number;
  status: ArticleState;
  eventDate: string;
  countryCode: string;
  countryEn: string;
  countryRu: string;
  titleEn: string;
  titleRu: string;
  untitled: boolean;
  updatedAt: string;
  authorName: string | null;
}

export interface DashboardPage {
  rows: DashboardRow[];
  /** Cursors for the neighbouring pages, null at either end. */
  next: DashboardCursor | null;
  prev: DashboardCursor | null;
}

export const DASHBOARD_PAGE_SIZE = 25;

export function encodeCursor(cursor: DashboardCursor): string {
  return `${cursor.eventDate}_${cursor.id}`;
}

export function decodeCursor(value: unknown): DashboardCursor | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})_(\d{1,12})$/.exec(value);
  return match ? { eventDate: match[1]!, id: Number(match[2]) } : null;
}

const author = alias(users, 'author');

function queueCondition(filter: DashboardFilter): SQL | undefined {
  switch (filter.queue) {
    case 'drafts':
      return and(eq(articles.status, 'draft'), eq(articles.authorId, filter.userId));
    case 'returned':
      return and(eq(articles.status, 'changes_requested'), eq(articles.authorId, filter.userId));
    case 'review':
      return eq(articles.status, 'in_review');
    case 'approved':
      return and(
        eq(articles.status, 'approved'),
        sql`not exists (select 1 from ${issueArticles} where ${issueArticles.articleId} = ${articles.id})`,
      );
    case 'all':
      return filter.status && (STATES as readonly string[]).includes(filter.status) ? eq(articles.status, filter.status) : undefined;
  }
}

function filterConditions(db: Db, filter: DashboardFilter): SQL[] {
  const conditions: SQL[] = [];
  const queue = queueCondition(filter);
  if (queue) conditions.push(queue);
  if (filter.country) conditions.push(eq(articles.countryCode, filter.country));
  if (filter.from) conditions.push(gte(articles.eventDate, filter.from));
  if (filter.to) conditions.push(lte(articles.eventDate, filter.to));
  const search = filter.search?.trim();
  if (search) {
    registerSearchFunction(db);
    const pattern = containsPattern(search);
    const fn = sql.raw(FOLD_FUNCTION);
    conditions.push(
      or(sql`${fn}(${articles.titleEn}) like ${pattern} escape '\\'`, sql`${fn}(${articles.titleRu}) like ${pattern} escape '\\'`)!,
    );
  }
  return conditions;
}

/** The query of one page, unexecuted (tests read its plan). */
export function dashboardQuery(db: Db, filter: DashboardFilter, page: DashboardPageRequest = {}) {
  const limit = page.limit ?? DASHBOARD_PAGE_SIZE;
  const conditions = filterConditions(db, filter);
  const backwards = !page.after && !!page.before;
  if (page.after) conditions.push(sql`(${articles.eventDate}, ${articles.id}) < (${page.after.eventDate}, ${page.after.id})`);
  else if (page.before) conditions.push(sql`(${articles.eventDate}, ${articles.id}) > (${page.before.eventDate}, ${page.before.id})`);
  const order = backwards ? [asc(articles.eventDate), asc(articles.id)] : [desc(articles.eventDate), desc(articles.id)];
  return db
    .select({
      id: articles.id,
      status: articles.status,
      eventDate: articles.eventDate,
      countryCode: articles.countryCode,
      countryEn: countries.shortEn,
      countryRu: countries.shortRu,
      titleEn: articles.titleEn,
      titleRu: articles.titleRu,
      untitled: articles.untitled,
      updatedAt: articles.updatedAt,
      authorName: author.name,
    })
    .from(articles)
    .innerJoin(countries, eq(countries.code, articles.countryCode))
    .leftJoin(author, eq(author.id, articles.authorId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(...order)
    .limit(limit + 1);
}

export function listDashboardArticles(db: Db, filter: DashboardFilter, page: DashboardPageRequest = {}): DashboardPage {
  const limit = page.limit ?? DASHBOARD_PAGE_SIZE;
  const fetched = dashboardQuery(db, filter, page).all();
  const more = fetched.length > limit;
  const backwards = !page.after && !!page.before;
  const rows = fetched.slice(0, limit);
  if (backwards) rows.reverse();
  const cursor = (row: DashboardRow | undefined) => (row ? { eventDate: row.eventDate, id: row.id } : null);
  const first = cursor(rows[0]);
  const last = cursor(rows[rows.length - 1]);
  return backwards
    ? { rows, prev: more ? first : null, next: last }
    : { rows, prev: page.after ? first : null, next: more ? last : null };
}

/** How many articles wait in each queue (without filters), for the tabs. */
export function countQueues(db: Db, userId: number): Record<Queue, number> {
  const counts = Object.fromEntries(QUEUES.map((q) => [q, 0])) as Record<Queue, number>;
  for (const queue of QUEUES) {
    const condition = queueCondition({ queue, userId });
    counts[queue] = db.get<{ n: number }>(
      sql`select count(*) as n from ${articles} ${condition ? sql`where ${condition}` : sql``}`,
    ).n;
  }
  return counts;
}
