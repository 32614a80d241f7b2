import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import ru from 'i18n-iso-countries/langs/ru.json';

isoCountries.registerLocale(en);
isoCountries.registerLocale(ru);

export interface IsoCountry {
  code: string;
  /** The library's official name (getName's default). */
  nameEn: string;
  nameRu: string;
  /** The library's short alias where it has one (getName with select 'alias'; the official name otherwise). */
  aliasEn: string;
  aliasRu: string;
  /** Every name the library knows in either language (official names and aliases), for matching headings. */
  aliases: string[];
}

let cached: IsoCountry[] | undefined;

/** Every ISO 3166-1 country with its English and Russian names; computed once, shared: read only. */
export function listIsoCountries(): IsoCountry[] {
  if (cached) return cached;
  const allEn = isoCountries.getNames('en', { select: 'all' });
  const allRu = isoCountries.getNames('ru', { select: 'all' });
  const aliasEn = isoCountries.getNames('en', { select: 'alias' });
  const aliasRu = isoCountries.getNames('ru', { select: 'alias' });
  cached = Object.keys(isoCountries.getAlpha2Codes()).map((code) => {
    const nameEn = isoCountries.getName(code, 'en', { select: 'official' }) ?? code;
    const nameRu = isoCountries.getName(code, 'ru', { select: 'official' }) ?? code;
    return {
      code,
      nameEn,
      nameRu,
      aliasEn: aliasEn[code] ?? nameEn,
      aliasRu: aliasRu[code] ?? nameRu,
      aliases: [...(allEn[code] ?? []), ...(allRu[code] ?? [])],
    };
  });
  return cached;
}
