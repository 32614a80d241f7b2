import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client';
import { preparedOnce } from '../per-connection';
import { users } from '../schema';

export type UserRow = typeof users.$inferSelect;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserByEmail(db: DbOrTx, email: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.email, normaliseEmail(email))).get();
}

export function findUserById(db: DbOrTx, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** findUserById for the session check of every request, prepared once per connection. */
export function findUserForSession(db: Db, id: number): UserRow | undefined {
  const query = preparedOnce(db, 'users.byId', () =>
    db
      .select()
      .from(users)
      .where(eq(users.id, sql.placeholder('id')))
      .prepare(),
  );
  return query.get({ id });
}

export function countUsers(db: DbOrTx): number {
  return db.get<{ n: number }>(sql`select count(*) as n from users`).n;
}

/** Ends every session of the user on their next request. */
export function bumpSessionVersion(db: DbOrTx, id: number): void {
  db.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id))
    .run();
}

/** What the admin screens show of an account (never the password hash). */
export interface UserListing {
  id: number;
  email: string;
  name: string;
  role: UserRow['role'];
  active: boolean;
  lockedUntil: string | null;
  locale: string | null;
  createdAt: string;
}

const listingColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  lockedUntil: users.lockedUntil,
  locale: users.locale,
  createdAt: users.createdAt,
};

/** Every account, active ones first, then by name. */
export function listUsers(db: DbOrTx): UserListing[] {
  return db.select(listingColumns).from(users).orderBy(sql`${users.active} desc`, users.name, users.id).all();
}

export function findUserListing(db: DbOrTx, id: number): UserListing | undefined {
  return db.select(listingColumns).from(users).where(eq(users.id, id)).get();
}

export function countActiveAdmins(db: DbOrTx): number {
  return db.get<{ n: number }>(sql`select count(*) as n from users where role = 'admin' and active = 1`).n;
}
