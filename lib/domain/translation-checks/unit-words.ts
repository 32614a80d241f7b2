/**
 * Units a number may carry, in both languages, with what they measure and their size in the
 * dimension's base unit (grams, litres, kilometres), so that 1.5 t and 1500 кг are the same.
 */
export const DIMENSIONS = ['mass', 'volume', 'count', 'distance', 'percent', 'years'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface UnitDef {
  /** Shown in messages and used in fingerprints. */
  code: string;
  dimension: Dimension;
  /** Size in the dimension's base unit. */
  factor: number;
  en: string;
  ru: string;
}

const RU_CASES = '(?:а|ов|ам|ами|ах|е|у|ом)?';

/** Longer spellings are tried first within each unit; units are tried in this order. */
export const UNITS: UnitDef[] = [
  { code: 'mg', dimension: 'mass', factor: 0.001, en: 'mg|milligrams?|milligrammes?', ru: `мг|миллиграмм${RU_CASES}` },
  { code: 'kg', dimension: 'mass', factor: 1000, en: 'kgs?|kilograms?|kilogrammes?|kilos?', ru: `кг|килограмм${RU_CASES}|кило` },
  { code: 't', dimension: 'mass', factor: 1e6, en: 'tons?|tonnes?|t', ru: 'тонн(?:а|ы|е|у|ой|ам|ами|ах)?|т' },
  { code: 'g', dimension: 'mass', factor: 1, en: 'grams?|grammes?|gr|g', ru: `грамм${RU_CASES}|гр|г` },
  { code: 'ml', dimension: 'volume', factor: 0.001, en: 'ml|millilitres?|milliliters?', ru: `мл|миллилитр${RU_CASES}` },
  { code: 'l', dimension: 'volume', factor: 1, en: 'litres?|liters?|l', ru: `литр${RU_CASES}|л` },
  { code: 'pcs', dimension: 'count', factor: 1, en: 'pcs|pieces?|pc', ru: 'шт|штук(?:а|и|у|ам|ами|ах)?' },
  { code: 'km', dimension: 'distance', factor: 1, en: 'km|kilometres?|kilometers?', ru: `км|километр${RU_CASES}` },
  { code: 'm', dimension: 'distance', factor: 0.001, en: 'metres?|meters?|m', ru: `метр${RU_CASES}|м` },
  { code: '%', dimension: 'percent', factor: 1, en: '%|percent|per[\\s\\u00A0]cent', ru: `%|процент${RU_CASES}` },
  // Ages and durations: 17 years old, 17-year-old, ten years ↔ 17 лет, 17-летнего, десяти лет, 1 года.
  {
    code: 'years',
    dimension: 'years',
    factor: 1,
    en: 'years?[\\s\\u00A0-]+old|years?',
    ru: 'лет|года|году|годом|год|летн\\p{L}*|годичн\\p{L}*',
  },
];

const L = '\\p{L}';
const GAP = '(?:[\\s\\u00A0\\u202F]*|-)';

function unitPattern(lang: 'en' | 'ru'): RegExp {
  const groups = UNITS.map((u, i) => `(?<u${i}>${u[lang]})`).join('|');
  return new RegExp(`^${GAP}(?:${groups})(?:\\.(?![${L}]))?(?![${L}\\d])`, 'iu');
}

export const UNIT_PATTERN = { en: unitPattern('en'), ru: unitPattern('ru') };

export interface UnitMatch {
  unit: UnitDef;
  /** Characters taken after the number (spaces, the unit, its dot). */
  length: number;
}

/** The unit right after a number (at the start of `after`), if any. */
export function readUnit(after: string, value: number, lang: 'en' | 'ru'): UnitMatch | null {
  const m = UNIT_PATTERN[lang].exec(after);
  if (!m?.groups) return null;
  const index = UNITS.findIndex((_, i) => m.groups![`u${i}`] !== undefined);
  const unit = UNITS[index]!;
  const written = m.groups[`u${index}`]!;
  // A calendar year: 2024 г., 2023 year, в 2024 году; не граммы и не возраст.
  const calendarYear = Number.isInteger(value) && value >= 1000 && value <= 2100;
  if (calendarYear && (unit.code === 'g' || unit.code === 'years')) return null;
  if (unit.dimension === 'years' && value >= 200) return null;
  // A lone capital letter is a name or a grade (5 G, 10 Т), unless the whole line is in capitals.
  if (written.length === 1 && written !== written.toLowerCase() && !/^[^\p{Ll}]*$/u.test(after.slice(0, 40))) return null;
  return { unit, length: m[0].length };
}
