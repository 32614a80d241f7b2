import type { DbOrTx } from '../client';
import { INTAKE_LANGUAGES } from '../schema';
import { listCountryOptions } from './articles';

/** The country and language choices of the intake forms and filters, named in the UI language. */
export function intakeFormOptions(db: DbOrTx, lang: 'en' | 'ru', languageName: (key: string) => string) {
  const countryOptions = listCountryOptions(db, lang);
  const countries = countryOptions.map((c) => ({ value: c.code, label: lang === 'en' ? c.nameEn : c.nameRu }));
  return {
    countries,
    countryNames: Object.fromEntries(countries.map((c) => [c.value, c.label])) as Record<string, string>,
    languages: INTAKE_LANGUAGES.map((code) => ({ value: code, label: languageName(code) })),
  };
}
