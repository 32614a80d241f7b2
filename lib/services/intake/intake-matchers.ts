import type { Db, DbOrTx } from '@/lib/db/client';
import { listCountries } from '@/lib/db/queries/countries';
import { listIntakeTerms } from '@/lib/db/queries/intake-terms';
import { compilePlaces, type CompiledPlaces } from '@/lib/domain/intake/country-guess';
import { compileIntakeTerms, type CompiledIntakeTerms } from '@/lib/domain/intake/relevance';

/** The relevance terms and the place names, compiled for scoring items. */
export interface IntakeMatchers {
  terms: CompiledIntakeTerms;
  places: CompiledPlaces;
}

/**
 * Compiles the current term list and the countries' names (a few milliseconds). Compiled afresh
 * for each poll or re-score rather than kept: the term screens write through other code paths, and a
 * stale list would score a whole poll wrongly.
 */
export function loadIntakeMatchers(db: Db): IntakeMatchers {
  return { terms: loadTermMatcher(db), places: loadPlaceMatcher(db) };
}

export function loadTermMatcher(db: DbOrTx): CompiledIntakeTerms {
  return compileIntakeTerms(listIntakeTerms(db));
}

export function loadPlaceMatcher(db: Db): CompiledPlaces {
  return compilePlaces(
    listCountries(db).map((c) => ({ code: c.code, names: [c.shortEn, c.shortRu, c.nameEn, c.nameRu] })),
  );
}
