import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { countries, organisation } from '@/lib/db/schema';
import { forgetCountryOptions } from '@/lib/db/queries/countries';
import { listIsoCountries } from '@/lib/db/reference/iso-countries';
import { PUBLICATION_COUNTRIES } from '@/lib/db/reference/publication-countries';
import { CARICC_ORGANISATION } from '@/lib/db/reference/demo-organisation';
import { writeAudit } from '@/lib/db/audit';

/**
 * Fills what an empty database needs: every ISO country (names from i18n-iso-countries, the
 * publication's short names and headings where known) and CARICC's organisation settings.
 * Rows that already exist are left alone, so admins' edits survive restarts.
 */
export function seedReferenceData(db: Db): { countriesAdded: number; organisationAdded: boolean } {
  const seeded = db.transaction((tx) => {
    const publication = new Map(PUBLICATION_COUNTRIES.map((c) => [c.code, c]));
    let countriesAdded = 0;
    for (const iso of listIsoCountries()) {
      const pub = publication.get(iso.code);
      const shortEn = pub?.shortEn ?? iso.nameEn;
      const shortRu = pub?.shortRu ?? iso.nameRu;
      const result = tx
        .insert(countries)
        .values({
          code: iso.code,
          nameEn: iso.nameEn,
          nameRu: iso.nameRu,
          shortEn,
          shortRu,
          headingEn: pub?.headingEn ?? shortEn.toLocaleUpperCase('en'),
          headingRu: pub?.headingRu ?? shortRu.toLocaleUpperCase('ru'),
          isMember: pub?.memberOrder != null,
          memberOrder: pub?.memberOrder ?? null,
        })
        .onConflictDoNothing()
        .run();
      countriesAdded += result.changes;
    }
    const org = tx
      .insert(organisation)
      .values({ id: 1, ...CARICC_ORGANISATION })
      .onConflictDoNothing()
      .run();
    if (countriesAdded > 0 || org.changes > 0) {
      writeAudit(tx, {
        actor: 'system',
        action: 'seed_reference_data',
        entity: 'database',
        details: { countriesAdded, organisationAdded: org.changes > 0 },
      });
    }
    return { countriesAdded, organisationAdded: org.changes > 0 };
  });
  if (seeded.countriesAdded > 0) forgetCountryOptions(db);
  return seeded;
}

export function countCountries(db: Db): number {
  return db.get<{ n: number }>(sql`select count(*) as n from countries`).n;
}
