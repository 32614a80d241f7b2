import { and, asc, count, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client';
import { articles, countries, mailOutbox, users } from '../schema';

export type MailRow = typeof mailOutbox.$inferSelect;
export type NewMail = Pick<typeof mailOutbox.$inferInsert, 'toAddress' | 'subject' | 'textBody' | 'kind' | 'refId' | 'nextAttemptAt'>;

export function insertMail(db: DbOrTx, mail: NewMail): MailRow {
  return db.insert(mailOutbox).values(mail).returning().get();
}

/**
 * A message of this kind to this address that has not been tried yet and is not due yet (still in
 * its batching delay): a new event joins it instead of making another message.
 */
export function findWaitingMail(db: DbOrTx, toAddress: string, kind: string, now: string): MailRow | undefined {
  return db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, toAddress), eq(mailOutbox.kind, kind), eq(mailOutbox.status, 'pending'), eq(mailOutbox.attempts, 0), gt(mailOutbox.nextAttemptAt, now)))
    .get();
}

export function rewriteMail(db: DbOrTx, id: number, text: { subject: string; textBody: string; refId?: number | null }): void {
  db.update(mailOutbox).set(text).where(eq(mailOutbox.id, id)).run();
}

/**
 * Claims up to `limit` due messages: each gets one more attempt and is left alone by other senders
 * until `claimUntil`. One statement per row inside one transaction, so two senders (the server's job
 * and `npm run mail:send`) never claim the same row.
 */
export function claimDueMail(db: Db, now: string, claimUntil: string, limit: number): MailRow[] {
  return db.transaction((tx) => {
    const due = tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
      .limit(limit)
      .all();
    return due.flatMap(({ id }) =>
      tx
        .update(mailOutbox)
        .set({ attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: claimUntil })
        .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
        .returning()
        .all(),
    );
  });
}

export function markMailSent(db: DbOrTx, id: number, at: string): void {
  db.update(mailOutbox).set({ status: 'sent', sentAt: at, lastError: null }).where(eq(mailOutbox.id, id)).run();
}

export function scheduleMailRetry(db: DbOrTx, id: number, nextAttemptAt: string, error: string): void {
  db.update(mailOutbox).set({ nextAttemptAt, lastError: error }).where(eq(mailOutbox.id, id)).run();
}

export function markMailFailed(db: DbOrTx, id: number, error: string): void {
  db.update(mailOutbox).set({ status: 'failed', lastError: error }).where(eq(mailOutbox.id, id)).run();
}

export function listMail(db: DbOrTx): MailRow[] {
  return db.select().from(mailOutbox).orderBy(asc(mailOutbox.id)).all();
}

export function countMailByStatus(db: DbOrTx): Record<string, number> {
  const rows = db.select({ status: mailOutbox.status, n: count() }).from(mailOutbox).groupBy(mailOutbox.status).all();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export interface MailRecipient {
  id: number;
  email: string;
  name: string;
  locale: string | null;
}

/**
 * Who hears of articles waiting for review: the active chief editors (or, in a newsroom without one,
 * the active administrators) who have not turned their e-mail notifications off.
 */
export function listReviewers(db: DbOrTx): MailRecipient[] {
  const columns = { id: users.id, email: users.email, name: users.name, locale: users.locale, mailNotifications: users.mailNotifications };
  const chiefs = db.select(columns).from(users).where(and(eq(users.role, 'chief'), eq(users.active, true))).orderBy(asc(users.id)).all();
  const reviewers = chiefs.length > 0 ? chiefs : db.select(columns).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true))).orderBy(asc(users.id)).all();
  return reviewers.filter((r) => r.mailNotifications).map(({ mailNotifications: _, ...r }) => r);
}

/** Everyone at the desk (active, notifications on), for news that concerns them all: a published issue. */
export function listDeskStaff(db: DbOrTx): MailRecipient[] {
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.active, true), eq(users.mailNotifications, true)))
    .orderBy(asc(users.id))
    .all();
}

export function findMailRecipient(db: DbOrTx, id: number): (MailRecipient & { active: boolean; mailNotifications: boolean }) | undefined {
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, active: users.active, mailNotifications: users.mailNotifications })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

/** An article as a message mentions it: both titles, both country names, its date and author. */
export interface MailArticle {
  id: number;
  titleEn: string;
  titleRu: string;
  countryEn: string;
  countryRu: string;
  eventDate: string;
  authorName: string | null;
}

const mailArticleColumns = {
  id: articles.id,
  titleEn: articles.titleEn,
  titleRu: articles.titleRu,
  countryEn: countries.nameEn,
  countryRu: countries.nameRu,
  eventDate: articles.eventDate,
  authorName: users.name,
};

export function findMailArticle(db: DbOrTx, id: number): MailArticle | undefined {
  return db
    .select(mailArticleColumns)
    .from(articles)
    .innerJoin(countries, eq(countries.code, articles.countryCode))
    .leftJoin(users, eq(users.id, articles.authorId))
    .where(eq(articles.id, id))
    .get();
}

/** The articles waiting for review, the most recently submitted first, and how many there are. */
export function listReviewQueueForMail(db: DbOrTx, limit: number): { total: number; articles: MailArticle[] } {
  const total = db.select({ n: count() }).from(articles).where(inArray(articles.status, ['in_review'])).get()?.n ?? 0;
  const rows = db
    .select(mailArticleColumns)
    .from(articles)
    .innerJoin(countries, eq(countries.code, articles.countryCode))
    .leftJoin(users, eq(users.id, articles.authorId))
    .where(eq(articles.status, 'in_review'))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(limit)
    .all();
  return { total, articles: rows };
}
