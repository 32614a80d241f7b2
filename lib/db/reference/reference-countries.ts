import type { CountryNameField, NameOrigin } from '@/lib/domain/country-name-origin';
import { listIsoCountries, type IsoCountry } from './iso-countries';
import { MEMBER_STATES, SECTION_HEADINGS, SHORT_NAMES } from './publication-countries';

export interface ReferenceName {
  value: string;
  origin: Exclude<NameOrigin, 'person'>;
}

/** A country as the application ships it: what the reference seeding writes unless a person edited a name. */
export interface ReferenceCountry extends Record<CountryNameField, ReferenceName> {
  code: string;
  nameEn: string;
  nameRu: string;
  isMember: boolean;
  memberOrder: number | null;
}

/** An official name in a long form ("Islamic Republic of Iran", "Moldova, Republic of", «КНР (…)»). */
const STATE_FORM = /,|\(|\b(?:republic|islamic|kingdom|state of|federated|federation|people's|democratic|province)\b|республика|королевство|государство|федерация/i;
/** UK, USA, U.S.A., UAE: the library lists these as aliases, the summary wants words. */
const ABBREVIATION = /^[\p{Lu}.\s]+$/u;

/** The library's alias where its official name is a long form and the alias is a word; its official name otherwise. */
export function libraryShortName(official: string, alias: string): ReferenceName {
  if (alias !== official && STATE_FORM.test(official) && !ABBREVIATION.test(alias)) return { value: alias, origin: 'library_alias' };
  return { value: official, origin: 'library_name' };
}

function shortName(iso: IsoCountry, lang: 'en' | 'ru'): ReferenceName {
  const data = SHORT_NAMES[iso.code]?.[lang];
  if (data) return { value: data, origin: 'repository' };
  return lang === 'en' ? libraryShortName(iso.nameEn, iso.aliasEn) : libraryShortName(iso.nameRu, iso.aliasRu);
}

let cached: Map<string, ReferenceCountry> | undefined;

/** Every ISO country with its reference names; computed once, shared: read only. */
export function referenceCountries(): ReadonlyMap<string, ReferenceCountry> {
  if (cached) return cached;
  const headings = new Map(SECTION_HEADINGS.map((h) => [h.code, h]));
  const members = new Map(MEMBER_STATES.map((m) => [m.code, m.order]));
  cached = new Map(
    listIsoCountries().map((iso) => {
      const shortEn = shortName(iso, 'en');
      const shortRu = shortName(iso, 'ru');
      const heading = headings.get(iso.code);
      const country: ReferenceCountry = {
        code: iso.code,
        nameEn: iso.nameEn,
        nameRu: iso.nameRu,
        shortEn,
        shortRu,
        headingEn: heading ? { value: heading.en, origin: 'repository' } : { value: shortEn.value.toLocaleUpperCase('en'), origin: 'derived' },
        headingRu: heading ? { value: heading.ru, origin: 'repository' } : { value: shortRu.value.toLocaleUpperCase('ru'), origin: 'derived' },
        isMember: members.has(iso.code),
        memberOrder: members.get(iso.code) ?? null,
      };
      return [iso.code, country];
    }),
  );
  return cached;
}
