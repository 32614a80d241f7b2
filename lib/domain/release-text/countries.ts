import { normaliseName } from './text-shape';
import type { CountryNames } from './types';

/** Looks a heading up among every name of every country. The first country to claim a name keeps it. */
export class CountryIndex {
  private readonly byName = new Map<string, string>();

  constructor(countries: CountryNames[]) {
    for (const country of countries) {
      for (const name of country.names) {
        const key = normaliseName(name);
        if (key && !this.byName.has(key)) this.byName.set(key, country.code);
      }
    }
  }

  match(heading: string): string | null {
    return this.byName.get(normaliseName(heading)) ?? null;
  }
}
