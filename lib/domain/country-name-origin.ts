/**
 * Where a country's short name or section heading came from, shown on the countries screen.
 * The reference seeding may replace any name but one a person edited.
 */
export const NAME_ORIGINS = [
  'library_name', // i18n-iso-countries' name of the country
  'library_alias', // i18n-iso-countries' short alias (Iran for "Islamic Republic of Iran")
  'repository', // the publication's data shipped with the application (lib/db/reference)
  'derived', // a heading made from the short name, in capitals, the same way in both languages
  'person', // edited on the countries screen
] as const;
export type NameOrigin = (typeof NAME_ORIGINS)[number];

/** The four names of a country the publication prints, each with an origin. */
export const COUNTRY_NAME_FIELDS = ['shortEn', 'shortRu', 'headingEn', 'headingRu'] as const;
export type CountryNameField = (typeof COUNTRY_NAME_FIELDS)[number];

export function isNameOrigin(value: unknown): value is NameOrigin {
  return typeof value === 'string' && (NAME_ORIGINS as readonly string[]).includes(value);
}
