import type { CountryNames } from '@/lib/domain/release-text';
import type { DbOrTx } from '@/lib/db/client';
import { countries } from '@/lib/db/schema';
import { listIsoCountries, type IsoCountry } from '@/lib/db/reference/iso-countries';
import { HEADING_ALIASES } from '@/lib/db/reference/publication-countries';

export interface CountryNameRow {
  code: string;
  nameEn: string;
  nameRu: string;
  shortEn: string;
  shortRu: string;
  headingEn: string;
  headingRu: string;
}

/**
 * Every name a country may stand under as a section heading of a release: the publication's
 * headings and short names (en/ru), the ISO names, the aliases i18n-iso-countries knows and the
 * repository's own (HEADING_ALIASES); CountryIndex adds each name's forms without its state form.
 * Only countries of the table: a release cannot bring a country the database does not have.
 */
export function countryNamesFrom(rows: CountryNameRow[], iso: IsoCountry[] = listIsoCountries()): CountryNames[] {
  const aliases = new Map(iso.map((c) => [c.code, c.aliases]));
  // Headings first: when two countries share an alias, the one whose official heading it is wins.
  const official = rows.map((r) => ({ code: r.code, names: [r.headingEn, r.headingRu, r.shortEn, r.shortRu], shortEn: r.shortEn, shortRu: r.shortRu }));
  const other = rows.map((r) => ({ code: r.code, names: [r.nameEn, r.nameRu, ...(aliases.get(r.code) ?? []), ...(HEADING_ALIASES[r.code] ?? [])] }));
  return [...official, ...other];
}

export function listCountryNames(db: DbOrTx): CountryNames[] {
  const rows = db
    .select({
      code: countries.code,
      nameEn: countries.nameEn,
      nameRu: countries.nameRu,
      shortEn: countries.shortEn,
      shortRu: countries.shortRu,
      headingEn: countries.headingEn,
      headingRu: countries.headingRu,
    })
    .from(countries)
    .all();
  return countryNamesFrom(rows);
}
