import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import ru from 'i18n-iso-countries/langs/ru.json';

isoCountries.registerLocale(en);
isoCountries.registerLocale(ru);

export interface IsoCountry {
  code: string;
  nameEn: string;
  nameRu: string;
  /** Every name the library knows in either language (aliases included), for matching headings. */
  aliases: string[];
}

export function listIsoCountries(): IsoCountry[] {
  const allEn = isoCountries.getNames('en', { select: 'all' });
  const allRu = isoCountries.getNames('ru', { select: 'all' });
  return Object.keys(isoCountries.getAlpha2Codes()).map((code) => ({
    code,
    nameEn: isoCountries.getName(code, 'en') ?? code,
    nameRu: isoCountries.getName(code, 'ru') ?? code,
    aliases: [...(allEn[code] ?? []), ...(allRu[code] ?? [])],
  }));
}
