import { foldSearchText } from './search-text';

export interface CountryChoice {
  code: string;
  nameEn: string;
  nameRu: string;
  isMember: boolean;
}

/**
 * The country a typed text names: its ISO code or its name in either language, ignoring case
 * (and ё/е). Null when nothing matches exactly, so a half-typed name is never taken for a country.
 */
export function resolveCountry(choices: readonly CountryChoice[], text: string): CountryChoice | null {
  const wanted = foldSearchText(text.trim());
  if (!wanted) return null;
  return (
    choices.find((c) => c.code.toLowerCase() === wanted) ??
    choices.find((c) => foldSearchText(c.nameEn) === wanted || foldSearchText(c.nameRu) === wanted) ??
    null
  );
}

export function countryLabel(choice: CountryChoice, lang: 'en' | 'ru'): string {
  return lang === 'en' ? choice.nameEn : choice.nameRu;
}
