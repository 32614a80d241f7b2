import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { translationDismissals, users } from '../schema';

export type DismissalRow = typeof translationDismissals.$inferSelect;
export type NewDismissal = Omit<typeof translationDismissals.$inferInsert, 'id' | 'createdAt'>;

/** A dismissal as the desk shows it: who dismissed it, when and why. */
export interface DismissalListing {
  fingerprint: string;
  kind: DismissalRow['kind'];
  severity: DismissalRow['severity'];
  reason: string;
  dismissedByName: string | null;
  createdAt: string;
}

export function findDismissal(db: DbOrTx, articleId: number, fingerprint: string): DismissalRow | undefined {
  return db
    .select()
    .from(translationDismissals)
    .where(and(eq(translationDismissals.articleId, articleId), eq(translationDismissals.fingerprint, fingerprint)))
    .get();
}

/** Every dismissal of an article, oldest first (some may no longer apply: their text has changed). */
export function listDismissals(db: DbOrTx, articleId: number): DismissalListing[] {
  return db
    .select({
      fingerprint: translationDismissals.fingerprint,
      kind: translationDismissals.kind,
      severity: translationDismissals.severity,
      reason: translationDismissals.reason,
      dismissedByName: users.name,
      createdAt: translationDismissals.createdAt,
    })
    .from(translationDismissals)
    .leftJoin(users, eq(users.id, translationDismissals.dismissedBy))
    .where(eq(translationDismissals.articleId, articleId))
    .orderBy(asc(translationDismissals.id))
    .all();
}

/** The dismissed fingerprints of several articles (an issue's), by article. */
export function listDismissedFingerprints(db: DbOrTx, articleIds: number[]): Map<number, Set<string>> {
  const result = new Map<number, Set<string>>();
  if (articleIds.length === 0) return result;
  const rows = db
    .select({ articleId: translationDismissals.articleId, fingerprint: translationDismissals.fingerprint })
    .from(translationDismissals)
    .where(inArray(translationDismissals.articleId, articleIds))
    .all();
  for (const { articleId, fingerprint } of rows) {
    const set = result.get(articleId) ?? new Set<string>();
    set.add(fingerprint);
    result.set(articleId, set);
  }
  return result;
}

export function insertDismissal(db: DbOrTx, values: NewDismissal): DismissalRow {
  return db.insert(translationDismissals).values(values).returning().get();
}
