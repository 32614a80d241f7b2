import { and, asc, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client';
import { auditLog, countries } from '../schema';
import { forgetMemo, memoised } from '../per-connection';
import { FOLD_FUNCTION, registerSearchFunction } from '../search-function';
import { containsPattern } from '@/lib/domain/search-text';
import type { Lang } from '@/lib/domain/lang';
import type { CountryNameField } from '@/lib/domain/country-name-origin';

export type CountryRow = typeof countries.$inferSelect;

const ORIGIN_COLUMN = {
  shortEn: 'shortEnOrigin',
  shortRu: 'shortRuOrigin',
  headingEn: 'headingEnOrigin',
  headingRu: 'headingRuOrigin',
} as const satisfies Record<CountryNameField, keyof CountryRow>;

/** The column that says where a name came from. */
export function originColumn<F extends CountryNameField>(field: F): (typeof ORIGIN_COLUMN)[F] {
  return ORIGIN_COLUMN[field];
}

export function findCountry(db: DbOrTx, code: string): CountryRow | undefined {
  return db.select().from(countries).where(eq(countries.code, code.toUpperCase())).get();
}

export interface CountryFilter {
  /** Matches the code, ISO names, short names and headings, in either language, ignoring case. */
  search?: string;
  membersOnly?: boolean;
}

const fold = (column: AnyColumn) => sql`${sql.raw(FOLD_FUNCTION)}(${column})`;

/** Member states first, in member order; then every other country by its short name in `lang`. */
export function listCountries(db: Db, filter: CountryFilter = {}, lang: Lang = 'en'): CountryRow[] {
  const conditions: SQL[] = [];
  if (filter.membersOnly) conditions.push(eq(countries.isMember, true));
  const search = filter.search?.trim();
  if (search) {
    registerSearchFunction(db);
    const pattern = containsPattern(search);
    const columns = [countries.code, countries.nameEn, countries.nameRu, countries.shortEn, countries.shortRu, countries.headingEn, countries.headingRu];
    conditions.push(or(...columns.map((c) => sql`${fold(c)} like ${pattern} escape '\\'`))!);
  }
  const rows = db
    .select()
    .from(countries)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(countries.code))
    .all();
  const collator = new Intl.Collator(lang);
  const short = (c: CountryRow) => (lang === 'ru' ? c.shortRu : c.shortEn);
  return rows.sort((a, b) => {
    if (a.isMember !== b.isMember) return a.isMember ? -1 : 1;
    if (a.isMember) return (a.memberOrder ?? 0) - (b.memberOrder ?? 0) || a.code.localeCompare(b.code);
    return collator.compare(short(a), short(b));
  });
}

const COUNTRY_OPTIONS = 'country-options:';

export interface CountryOption {
  code: string;
  name: string;
  isMember: boolean;
}

/**
 * Code and short name of every country, for pickers: members first. Every dashboard shows the whole
 * list, and countries change only by an administrator's edit: the sorted list is kept per language
 * until updateCountry (or a write by another connection) drops it. The list is shared: read only.
 */
export function listCountryOptions(db: Db, lang: Lang): readonly CountryOption[] {
  return memoised(db, `${COUNTRY_OPTIONS}${lang}`, () =>
    Object.freeze(
      listCountries(db, {}, lang).map((c) => Object.freeze({ code: c.code, name: lang === 'ru' ? c.shortRu : c.shortEn, isMember: c.isMember })),
    ),
  );
}

/** For the writers of the countries table, after their change is committed. */
export function forgetCountryOptions(db: Db): void {
  forgetMemo(db, COUNTRY_OPTIONS);
}

/**
 * Which fields of which country a person changed, as the audit log records them (update_country's
 * `changed`): how the reference seeding tells an edited name from a seeded one on rows that predate
 * name origins.
 */
export function listCountryFieldsEditedInAudit(db: DbOrTx): Map<string, Set<string>> {
  const rows = db
    .select({ code: auditLog.entityId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'update_country'), eq(auditLog.entity, 'country')))
    .all();
  const edited = new Map<string, Set<string>>();
  for (const { code, details } of rows) {
    const changed = details?.changed;
    if (!code || !Array.isArray(changed)) continue;
    const fields = edited.get(code) ?? new Set<string>();
    for (const field of changed) if (typeof field === 'string') fields.add(field);
    edited.set(code, fields);
  }
  return edited;
}
