import { and, asc, eq, sql } from 'drizzle-orm';
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

/** The term of a language spelled the same whatever its case. */
export function findIntakeTermByText(db: DbOrTx, language: IntakeLanguage, term: string): IntakeTermRow | undefined {
  return db
    .select()
    .from(intakeTerms)
    .where(and(eq(intakeTerms.language, language), sql`lower(${intakeTerms.term}) = lower(${term})`))
    .get();
}

export function countIntakeTerms(db: DbOrTx): number {
  return db.get<{ n: number }>(sql`select count(*) as n from intake_terms`).n;
}
