import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { intakeTerms, type IntakeLanguage } from '../schema';

export type IntakeTermRow = typeof intakeTerms.$inferSelect;

/** Every relevance term, by language then alphabetically. */
export function listIntakeTerms(db: DbOrTx): IntakeTermRow[] {
  return db.select().from(intakeTerms).orderBy(asc(intakeTerms.language), asc(sql`lower(${intakeTerms.term})`)).all();
}

export function findIntakeTerm(db: DbOrTx, id: number): IntakeTermRow | undefined {
  return db.select().from(intakeTerms).where(eq(intakeTerms.id, id)).get();
}

/**
 * The term of a language spelled the same whatever its case. Compared in JavaScript: SQLite's lower()
 * folds only ASCII, so «Героин» and «героин» would pass it (a language has a few hundred terms at most).
 */
export function findIntakeTermByText(db: DbOrTx, language: IntakeLanguage, term: string): IntakeTermRow | undefined {
  const wanted = term.toLocaleLowerCase(language);
  return db
    .select()
    .from(intakeTerms)
    .where(eq(intakeTerms.language, language))
    .all()
    .find((row) => row.term.toLocaleLowerCase(language) === wanted);
}

export function countIntakeTerms(db: DbOrTx): number {
  return db.get<{ n: number }>(sql`select count(*) as n from intake_terms`).n;
}
