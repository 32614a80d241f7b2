import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
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
