import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { articles, countries, issueArticles, users } from '../schema';
import { preparedOnce } from '../per-connection';
import { FOLD_FUNCTION, registerSearchFunction } from '../search-function';
import { containsPattern } from '@/lib/domain/search-text';
import { STATES, type ArticleState, type Role } from '@/lib/domain/workflow';

/**
 * The editors' dashboard: queues of articles, newest event first, with filters, a title search in
 * either language and keyset pagination on (event_date, id). Each queue is a status, so it is served
 * by the index on (status, event_date) — (status, author_id, event_date) for one's own drafts and
 * returned articles, (event_date) for "all" — without reading the whole table, however many articles exist.
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

/**
 * A value of a query: bound as itself (dashboardQuery) or as a named placeholder (the statements
 * prepared once per connection and shape, see listDashboardArticles).
 */
type Bind = (name: keyof Bindings) => unknown;

/** The values one page's query binds. Which of them are present is the query's shape. */
interface Bindings {
  userId?: number;
  status?: ArticleState;
  country?: string;
  from?: string;
  to?: string;
  pattern?: string;
  cursorDate?: string;
  cursorId?: number;
  limit: number;
}

function queueCondition(queue: Queue, bind: Bind): SQL | undefined {
  switch (queue) {
    case 'drafts':
      return and(eq(articles.status, 'draft'), sql`${articles.authorId} = ${bind('userId')}`);
    case 'returned':
      return and(eq(articles.status, 'changes_requested'), sql`${articles.authorId} = ${bind('userId')}`);
    case 'review':
      return eq(articles.status, 'in_review');
    case 'approved':
      return and(
        eq(articles.status, 'approved'),
        sql`not exists (select 1 from ${issueArticles} where ${issueArticles.articleId} = ${articles.id})`,
      );
    case 'all':
      return undefined;
  }
}

function bindingsOf(filter: DashboardFilter, page: DashboardPageRequest): Bindings {
  const values: Bindings = { limit: (page.limit ?? DASHBOARD_PAGE_SIZE) + 1 };
  if (filter.queue === 'drafts' || filter.queue === 'returned') values.userId = filter.userId;
  if (filter.queue === 'all' && filter.status && (STATES as readonly string[]).includes(filter.status)) values.status = filter.status;
  if (filter.country) values.country = filter.country;
  if (filter.from) values.from = filter.from;
  if (filter.to) values.to = filter.to;
  const search = filter.search?.trim();
  if (search) values.pattern = containsPattern(search);
  const cursor = page.after ?? page.before;
  if (cursor) {
    values.cursorDate = cursor.eventDate;
    values.cursorId = cursor.id;
  }
  return values;
}

function buildQuery(db: Db, queue: Queue, direction: 'first' | 'after' | 'before', present: Bindings, bind: Bind) {
  const conditions: SQL[] = [];
  const ofQueue = queueCondition(queue, bind);
  if (ofQueue) conditions.push(ofQueue);
  if (present.status) conditions.push(sql`${articles.status} = ${bind('status')}`);
  if (present.country) conditions.push(sql`${articles.countryCode} = ${bind('country')}`);
  if (present.from) conditions.push(sql`${articles.eventDate} >= ${bind('from')}`);
  if (present.to) conditions.push(sql`${articles.eventDate} <= ${bind('to')}`);
  if (present.pattern) {
    registerSearchFunction(db);
    const fn = sql.raw(FOLD_FUNCTION);
    const pattern = bind('pattern');
    conditions.push(
      or(sql`${fn}(${articles.titleEn}) like ${pattern} escape '\\'`, sql`${fn}(${articles.titleRu}) like ${pattern} escape '\\'`)!,
    );
  }
  const cursor = sql`(${bind('cursorDate')}, ${bind('cursorId')})`;
  if (direction === 'after') conditions.push(sql`(${articles.eventDate}, ${articles.id}) < ${cursor}`);
  if (direction === 'before') conditions.push(sql`(${articles.eventDate}, ${articles.id}) > ${cursor}`);
  const order = direction === 'before' ? [asc(articles.eventDate), asc(articles.id)] : [desc(articles.eventDate), desc(articles.id)];
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
    .limit(bind('limit') as number);
}

const directionOf = (page: DashboardPageRequest) => (page.after ? 'after' : page.before ? 'before' : 'first');

/** The query of one page with its values in place, unexecuted (tests read its plan). */
export function dashboardQuery(db: Db, filter: DashboardFilter, page: DashboardPageRequest = {}) {
  const values = bindingsOf(filter, page);
  return buildQuery(db, filter.queue, directionOf(page), values, (name) => values[name]);
}

/** One page of a queue. Each shape of query (queue, direction, which filters) is prepared once per connection. */
export function listDashboardArticles(db: Db, filter: DashboardFilter, page: DashboardPageRequest = {}): DashboardPage {
  const limit = page.limit ?? DASHBOARD_PAGE_SIZE;
  const values = bindingsOf(filter, page);
  const direction = directionOf(page);
  const shape = `dashboard:${filter.queue}:${direction}:${Object.keys(values).sort().join(',')}`;
  const query = preparedOnce(db, shape, () => buildQuery(db, filter.queue, direction, values, (name) => sql.placeholder(name)).prepare());
  const fetched = query.all(values as unknown as Record<string, unknown>);
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

/**
 * How many articles wait in each queue (without filters), for the tabs: one statement, prepared once
 * per connection, each count read from an index (the per-author queues from articles_status_author_idx).
 */
export function countQueues(db: Db, userId: number): Record<Queue, number> {
  const query = preparedOnce(db, 'dashboard:counts', () => {
    const counts = QUEUES.map((queue) => {
      const condition = queueCondition(queue, (name) => sql.placeholder(name));
      return [queue, sql<number>`(select count(*) from ${articles} ${condition ? sql`where ${condition}` : sql``})`] as const;
    });
    return db
      .select(Object.fromEntries(counts) as Record<Queue, SQL<number>>)
      .from(sql`(select 1)`)
      .prepare();
  });
  return query.get({ userId })!;
}
