import { and, asc, eq, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { outlets, type IntakeLanguage } from '../schema';

export type OutletRow = typeof outlets.$inferSelect;
export type NewOutlet = typeof outlets.$inferInsert;

/** What the admin page shows of an outlet and its feed. */
export interface OutletListing {
  id: number;
  name: string;
  countryCode: string | null;
  language: IntakeLanguage;
  siteUrl: string;
  feedUrl: string | null;
  active: boolean;
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  /** The last failure in words (e.g. "timeout after 10 s"), cleared by the next success. */
  lastError: string | null;
  failureCount: number;
  nextFetchAt: string | null;
  itemCount: number;
}

const listingColumns = {
  id: outlets.id,
  name: outlets.name,
  countryCode: outlets.countryCode,
  language: outlets.language,
  siteUrl: outlets.siteUrl,
  feedUrl: outlets.feedUrl,
  active: outlets.active,
  lastFetchedAt: outlets.lastFetchedAt,
  lastSuccessAt: outlets.lastSuccessAt,
  lastError: outlets.lastError,
  failureCount: outlets.failureCount,
  nextFetchAt: outlets.nextFetchAt,
  itemCount: sql<number>`(select count(*) from intake_items i where i.outlet_id = "outlets"."id")`.mapWith(Number),
};

/** Every outlet with its feed state and item count: active ones first, then by name. */
export function listOutlets(db: DbOrTx): OutletListing[] {
  return db
    .select(listingColumns)
    .from(outlets)
    .orderBy(sql`${outlets.active} desc`, asc(sql`lower(${outlets.name})`), outlets.id)
    .all();
}

export function findOutletListing(db: DbOrTx, id: number): OutletListing | undefined {
  return db.select(listingColumns).from(outlets).where(eq(outlets.id, id)).get();
}

export function findOutlet(db: DbOrTx, id: number): OutletRow | undefined {
  return db.select().from(outlets).where(eq(outlets.id, id)).get();
}

export function findOutletByName(db: DbOrTx, name: string): OutletRow | undefined {
  return db.select().from(outlets).where(sql`lower(${outlets.name}) = lower(${name.trim()})`).get();
}

/** Another outlet that already polls this feed URL (compared as stored). */
export function findOutletByFeedUrl(db: DbOrTx, feedUrl: string, exceptId?: number): OutletRow | undefined {
  return db
    .select()
    .from(outlets)
    .where(and(eq(outlets.feedUrl, feedUrl), exceptId == null ? undefined : ne(outlets.id, exceptId)))
    .get();
}

/** The outlets (id, name, site) for matching a captured page's host to its outlet. */
export function listOutletSites(db: DbOrTx): Pick<OutletRow, 'id' | 'name' | 'siteUrl' | 'countryCode' | 'language'>[] {
  return db
    .select({ id: outlets.id, name: outlets.name, siteUrl: outlets.siteUrl, countryCode: outlets.countryCode, language: outlets.language })
    .from(outlets)
    .all();
}

/** A feed the poller may fetch now: active, with a feed URL, not backing off. */
export type DueFeed = Pick<OutletRow, 'id' | 'name' | 'feedUrl' | 'countryCode' | 'language' | 'etag' | 'lastModified' | 'failureCount'> & {
  feedUrl: string;
};

export function listDueFeeds(db: DbOrTx, now: string): DueFeed[] {
  const rows = db
    .select({
      id: outlets.id,
      name: outlets.name,
      feedUrl: outlets.feedUrl,
      countryCode: outlets.countryCode,
      language: outlets.language,
      etag: outlets.etag,
      lastModified: outlets.lastModified,
      failureCount: outlets.failureCount,
    })
    .from(outlets)
    .where(
      and(
        eq(outlets.active, true),
        isNotNull(outlets.feedUrl),
        ne(outlets.feedUrl, ''),
        or(isNull(outlets.nextFetchAt), lte(outlets.nextFetchAt, now)),
      ),
    )
    .orderBy(outlets.id)
    .all();
  return rows.filter((r): r is DueFeed => typeof r.feedUrl === 'string' && r.feedUrl !== '');
}

export function insertOutlet(db: DbOrTx, outlet: NewOutlet): number {
  return db.insert(outlets).values(outlet).returning({ id: outlets.id }).get().id;
}

export function countOutlets(db: DbOrTx): number {
  return db.get<{ n: number }>(sql`select count(*) as n from outlets`).n;
}

/** A fetch that worked (new items or 304): validators kept, failures forgotten; next null = due at every poll. */
export function recordFeedSuccess(
  db: DbOrTx,
  id: number,
  at: string,
  next: string | null,
  validators: { etag: string | null; lastModified: string | null } | null,
): void {
  db.update(outlets)
    .set({
      lastFetchedAt: at,
      lastSuccessAt: at,
      lastError: null,
      failureCount: 0,
      nextFetchAt: next,
      ...(validators ? { etag: validators.etag, lastModified: validators.lastModified } : {}),
    })
    .where(eq(outlets.id, id))
    .run();
}

/** A failed fetch: the error in words and the back-off until the next try. */
export function recordFeedFailure(db: DbOrTx, id: number, at: string, error: string, failureCount: number, next: string): void {
  db.update(outlets)
    .set({ lastFetchedAt: at, lastError: error, failureCount, nextFetchAt: next })
    .where(eq(outlets.id, id))
    .run();
}
