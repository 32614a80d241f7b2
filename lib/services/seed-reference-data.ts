import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/lib/db/client';
import { countries, organisation } from '@/lib/db/schema';
import { forgetCountryOptions, listCountryFieldsEditedInAudit, originColumn, type CountryRow } from '@/lib/db/queries/countries';
import { referenceCountries, type ReferenceCountry } from '@/lib/db/reference/reference-countries';
import { CARICC_ORGANISATION } from '@/lib/db/reference/demo-organisation';
import { writeAudit } from '@/lib/db/audit';
import { COUNTRY_NAME_FIELDS, type NameOrigin } from '@/lib/domain/country-name-origin';

/**
 * Fills and refreshes the reference data: every ISO country with the names the application ships
 * (lib/db/reference: the library's short names and aliases, the publication's short names and
 * section headings) and CARICC's organisation settings.
 *
 * A name a person edited is never replaced: its origin says 'person'. Rows written before origins
 * were kept (origin null) count as edited when the audit log records an update_country of that
 * field; any other name follows the reference data, so existing databases get the new names.
 * Membership is only set on insert: it is a setting the administrator owns.
 */
export function seedReferenceData(db: Db): { countriesAdded: number; countriesRenamed: number; organisationAdded: boolean } {
  const seeded = db.transaction((tx) => {
    const existing = new Map(tx.select().from(countries).all().map((row) => [row.code, row]));
    const edited = existing.size > 0 ? listCountryFieldsEditedInAudit(tx) : new Map<string, Set<string>>();
    let countriesAdded = 0;
    let countriesRenamed = 0;
    for (const ref of referenceCountries().values()) {
      const row = existing.get(ref.code);
      if (!row) {
        countriesAdded += insertCountry(tx, ref);
        continue;
      }
      const changes = refreshedNames(row, ref, edited.get(ref.code));
      if (Object.keys(changes).length === 0) continue;
      tx.update(countries).set(changes).where(eq(countries.code, ref.code)).run();
      if (COUNTRY_NAME_FIELDS.some((f) => f in changes)) countriesRenamed++;
    }
    const org = tx
      .insert(organisation)
      .values({ id: 1, ...CARICC_ORGANISATION })
      .onConflictDoNothing()
      .run();
    if (countriesAdded > 0 || countriesRenamed > 0 || org.changes > 0) {
      writeAudit(tx, {
        actor: 'system',
        action: 'seed_reference_data',
        entity: 'database',
        details: { countriesAdded, countriesRenamed, organisationAdded: org.changes > 0 },
      });
    }
    return { countriesAdded, countriesRenamed, organisationAdded: org.changes > 0 };
  });
  if (seeded.countriesAdded > 0 || seeded.countriesRenamed > 0) forgetCountryOptions(db);
  return seeded;
}

function insertCountry(tx: DbOrTx, ref: ReferenceCountry): number {
  return tx
    .insert(countries)
    .values({
      code: ref.code,
      nameEn: ref.nameEn,
      nameRu: ref.nameRu,
      shortEn: ref.shortEn.value,
      shortRu: ref.shortRu.value,
      headingEn: ref.headingEn.value,
      headingRu: ref.headingRu.value,
      shortEnOrigin: ref.shortEn.origin,
      shortRuOrigin: ref.shortRu.origin,
      headingEnOrigin: ref.headingEn.origin,
      headingRuOrigin: ref.headingRu.origin,
      isMember: ref.isMember,
      memberOrder: ref.memberOrder,
    })
    .onConflictDoNothing()
    .run().changes;
}

/** The columns to write so that a row carries the reference names, except the ones a person edited. */
export function refreshedNames(row: CountryRow, ref: ReferenceCountry, editedInAudit: ReadonlySet<string> = new Set()): Partial<CountryRow> {
  const changes: Partial<Record<keyof CountryRow, unknown>> = {};
  if (row.nameEn !== ref.nameEn) changes.nameEn = ref.nameEn;
  if (row.nameRu !== ref.nameRu) changes.nameRu = ref.nameRu;
  for (const field of COUNTRY_NAME_FIELDS) {
    const column = originColumn(field);
    const origin: NameOrigin | null = row[column];
    if (origin === 'person') continue;
    if (origin === null && editedInAudit.has(field)) {
      changes[column] = 'person';
      continue;
    }
    if (row[field] !== ref[field].value) changes[field] = ref[field].value;
    if (origin !== ref[field].origin) changes[column] = ref[field].origin;
  }
  return changes as Partial<CountryRow>;
}

export function countCountries(db: Db): number {
  return db.get<{ n: number }>(sql`select count(*) as n from countries`).n;
}
