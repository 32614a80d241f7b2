import type { Db } from '@/lib/db/client';
import { listCountryOptions } from '@/lib/db/queries/countries';
import { countYearFigures } from '@/lib/db/queries/release-texts';
import type { Lang } from '@/lib/domain/lang';
import { yearFigures, type YearFigures } from '@/lib/domain/year-figures';

/** The year in figures from what its published issues hold; null for a year with none (the page answers 404). */
export function loadYearFigures(db: Db, year: number, lang: Lang): YearFigures | null {
  const counts = countYearFigures(db, year, lang);
  if (counts.length === 0) return null;
  return yearFigures(year, counts, listCountryOptions(db, lang));
}
