import { asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client';
import { forgetMemo, memoised } from '../per-connection';
import { terms } from '../schema';
import type { Term } from '@/lib/domain/termbase';
import { compileTermbase, type CompiledTermbase } from '@/lib/domain/termbase-match';

export type TermRow = typeof terms.$inferSelect;
export type StoredTerm = Term & { id: number };

function termOf(row: TermRow): StoredTerm {
  return {
    id: row.id,
    en: row.en,
    ru: row.ru,
    variantsEn: row.variantsEn,
    variantsRu: row.variantsRu,
    forbiddenEn: row.forbiddenEn,
    forbiddenRu: row.forbiddenRu,
    category: row.category,
    note: row.note,
  };
}

export function findTermByEnglish(db: DbOrTx, en: string): StoredTerm | undefined {
  const row = db.select().from(terms).where(sql`lower(${terms.en}) = lower(${en.trim()})`).get();
  return row && termOf(row);
}

export function findTerm(db: DbOrTx, id: number): StoredTerm | undefined {
  const row = db.select().from(terms).where(eq(terms.id, id)).get();
  return row && termOf(row);
}

/** Every term, by English phrase. */
export function listTerms(db: DbOrTx): StoredTerm[] {
  return db.select().from(terms).orderBy(asc(sql`lower(${terms.en})`)).all().map(termOf);
}

export function countTerms(db: DbOrTx): number {
  return db.get<{ n: number }>(sql`select count(*) as n from terms`).n;
}

export interface CompiledTerms {
  list: StoredTerm[];
  en: CompiledTermbase<StoredTerm>;
  ru: CompiledTermbase<StoredTerm>;
}

/** The termbase compiled for matching in both languages, kept with the connection until terms change. */
export function compiledTerms(db: Db): CompiledTerms {
  return memoised(db, 'terms.compiled', () => compileBoth(listTerms(db)));
}

export function compileBoth(list: StoredTerm[]): CompiledTerms {
  return { list, en: compileTermbase(list, 'en'), ru: compileTermbase(list, 'ru') };
}

/** Stores a term: updates the one with the same English phrase (any case) or adds it. */
export function upsertTerm(db: DbOrTx, term: Term): number {
  const values = {
    en: term.en,
    ru: term.ru,
    variantsEn: term.variantsEn,
    variantsRu: term.variantsRu,
    forbiddenEn: term.forbiddenEn,
    forbiddenRu: term.forbiddenRu,
    category: term.category,
    note: term.note,
    updatedAt: new Date().toISOString(),
  };
  const existing = term.id != null ? findTerm(db, term.id) : findTermByEnglish(db, term.en);
  if (existing) {
    db.update(terms).set(values).where(eq(terms.id, existing.id)).run();
    return existing.id;
  }
  return db.insert(terms).values(values).returning({ id: terms.id }).get().id;
}

export function deleteTermRow(db: DbOrTx, id: number): boolean {
  return db.delete(terms).where(eq(terms.id, id)).run().changes > 0;
}

/** After a write of terms on this connection. */
export function forgetCompiledTerms(db: Db): void {
  forgetMemo(db, 'terms.');
}
