import { distance } from 'fastest-levenshtein';
import { normaliseName } from './text-shape';
import type { CountryNames, CountrySuggestion, ParseIssue } from './types';

/**
 * Looks a heading up among every name of every country, in two steps:
 * 1. the whole name, ignoring case, spacing, ё/е and accents (the first country to claim a name keeps it);
 * 2. the name without its state form, so that "ISLAMIC REPUBLIC OF IRAN", "REPUBLIC OF IRAN",
 *    «ИСЛАМСКАЯ РЕСПУБЛИКА ИРАН» and "Iran (Islamic Republic of)" all find Iran. A core two
 *    countries share ("congo") finds neither: only their full names do.
 */
export class CountryIndex {
  private readonly byName = new Map<string, string>();
  private readonly byCore = new Map<string, Set<string>>();
  /** Every folded name and every core per country, for suggestions. */
  private readonly keysOf = new Map<string, Set<string>>();
  private readonly coresOf = new Map<string, Set<string>>();
  private readonly labels = new Map<string, CountrySuggestion>();

  constructor(countries: CountryNames[]) {
    for (const country of countries) {
      if (country.shortEn && country.shortRu && !this.labels.has(country.code)) {
        this.labels.set(country.code, { code: country.code, shortEn: country.shortEn, shortRu: country.shortRu });
      }
      const keys = this.keysOf.get(country.code) ?? new Set<string>();
      this.keysOf.set(country.code, keys);
      const cores = this.coresOf.get(country.code) ?? new Set<string>();
      this.coresOf.set(country.code, cores);
      for (const name of country.names.flatMap(nameVariants)) {
        const key = foldName(name);
        if (!key) continue;
        if (!this.byName.has(key)) this.byName.set(key, country.code);
        keys.add(key);
        const core = nameCore(key);
        if (!core) continue;
        keys.add(core);
        cores.add(core);
        const codes = this.byCore.get(core) ?? new Set<string>();
        codes.add(country.code);
        this.byCore.set(core, codes);
      }
    }
  }

  match(heading: string): string | null {
    const key = foldName(heading);
    const exact = this.byName.get(key);
    if (exact) return exact;
    const codes = this.byCore.get(nameCore(key));
    return codes && codes.size === 1 ? [...codes][0]! : null;
  }

  /**
   * The countries whose names come nearest the heading (edit distance relative to length), best first.
   * A heading with a state form ("KINGDOM OF LEMURIA") is compared by its core only: the state form
   * would otherwise bring every kingdom.
   */
  closest(heading: string, count = 3): CountrySuggestion[] {
    const key = foldName(heading);
    const core = nameCore(key);
    const byCore = core !== '' && core !== key;
    const probe = byCore ? core : key;
    const scored: { code: string; score: number }[] = [];
    for (const [code, keys] of byCore ? this.coresOf : this.keysOf) {
      let best = Infinity;
      for (const name of keys) best = Math.min(best, distance(probe, name) / Math.max(probe.length, name.length, 1));
      scored.push({ code, score: best });
    }
    scored.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code));
    return scored.slice(0, count).map(({ code }) => this.labels.get(code) ?? { code, shortEn: code, shortRu: code });
  }
}

/**
 * A library name and the forms it stands for: "Korea, Republic of" is also "Republic of Korea";
 * «КНР (Китайская Народная Республика)» is also «КНР» and «Китайская Народная Республика».
 */
function nameVariants(name: string): string[] {
  const variants = [name];
  const bracket = /^(.+?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (bracket) variants.push(bracket[1]!, bracket[2]!);
  const inverted = /^([^,()]+),\s*([^,()]+)$/.exec(name);
  if (inverted) variants.push(`${inverted[2]} ${inverted[1]}`);
  return variants;
}

/** normaliseName, then accents and typographic apostrophes folded: "Türkiye" = "TURKIYE", «ё» = «е». */
export function foldName(name: string): string {
  return normaliseName(name)
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1') // Latin accents only: «й» stays «й»
    .normalize('NFC')
    .replace(/[’‘`]/g, "'");
}

const EN_PREFIX =
  /^(?:the\s+)?(?:(?:islamic|federal|federative|democratic|people's|socialist|arab|hashemite|plurinational|bolivarian|united|cooperative|independent|sovereign)\s+)*(?:republic|kingdom|state|sultanate|principality|emirate|commonwealth|grand duchy|union|federation)\s+of\s+(?:the\s+)?/u;
const EN_SUFFIX = /\s+(?:(?:people's|democratic|arab|islamic|socialist|federal)\s+)*republic$/u;
const RU_PREFIX =
  /^(?:(?:исламская|федеративная|демократическая|народная|социалистическая|арабская|объединенная|кооперативная)\s+)*(?:республика|королевство|государство|султанат|княжество|эмират|содружество|союз)\s+/u;
const RU_SUFFIX = /\s+(?:(?:народно-демократическая|демократическая|народная|арабская|исламская|социалистическая)\s+)*республика$/u;

/**
 * A folded name without its state form: "republic of moldova", "moldova, republic of",
 * «республика молдова» → "moldova"; "kyrgyz republic" → "kyrgyz"; "iran (islamic republic of)" → "iran".
 */
export function nameCore(folded: string): string {
  let s = folded.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  const inverted = /^([^,]+),\s*(.+)$/.exec(s);
  if (inverted) s = `${inverted[2]} ${inverted[1]}`;
  s = s.replace(/^the\s+/, '');
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(EN_PREFIX, '').replace(RU_PREFIX, '');
  }
  return s.replace(EN_SUFFIX, '').replace(RU_SUFFIX, '').trim();
}

/** A heading no country answers to: the closest countries, and where a chief editor makes the heading known. */
export function unknownHeadingIssue(line: number, heading: string, countries: CountryIndex): ParseIssue {
  const text = heading.replace(/\s+/g, ' ').trim();
  const closest = countries.closest(text);
  const names = closest.map((c) => `${c.shortEn} (${c.code})`).join(', ');
  return {
    line,
    message:
      `unknown country heading «${text}»` +
      (names ? `; closest countries: ${names}` : '') +
      '; add the heading to its country under Administration → Countries',
    unknownHeading: { heading: text, closest },
  };
}
