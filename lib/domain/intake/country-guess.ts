import { tokenize, type Token } from '../word-stem';
import type { MatchField } from './relevance-types';
import { PLACES } from './places';

/**
 * A guess of an intake item's country, from its outlet's country and the places its title and summary
 * name: the countries' names (from the countries table, English and Russian) and the cities and
 * adjectives of places.ts. Pure; compile once, guess many items.
 *
 * Place names are matched on Snowball stems like the relevance terms («в Бишкеке» → Бишкек,
 * «Казахстане» → Казахстан); a stem shorter than 4 letters must be equal, a longer one may begin the
 * word's stem («казахстанские» → Казахстан). A name written with a capital letter only matches a word
 * written with one («Того» is Togo, «того» is not).
 *
 * Score per country: 3 for each mention in the title, 1 for each in the summary, 2 for being the
 * outlet's country. The highest wins; a tie goes to the outlet's country, then to the country named
 * first. No mention at all: the outlet's country (or none).
 */

export interface CountryNames {
  code: string;
  names: readonly string[];
}

interface Place {
  code: string;
  words: string[];
  capital: boolean;
}

export interface CompiledPlaces {
  byKey: Map<string, Place[]>;
  /** The codes a guess may return (those of the countries table). */
  codes: Set<string>;
}

/** Country names that are common words in English or Russian and would match far too often. */
const AMBIGUOUS = new Set(['того', 'перу', 'чад', 'chad', 'jordan', 'turkey', 'guinea', 'niger', 'georgia', 'mali', 'мали', 'oman']);
const SHORT = 4;
const KEY = 3;

function isCapital(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

/** Prepares the places: `countries` are the countries table's names; only their codes are ever guessed. */
export function compilePlaces(countries: readonly CountryNames[]): CompiledPlaces {
  const byKey = new Map<string, Place[]>();
  const codes = new Set(countries.map((c) => c.code));
  const add = (code: string, name: string) => {
    const tokens = tokenize(name);
    if (tokens.length === 0 || tokens.length > 4) return;
    if (tokens.length === 1 && AMBIGUOUS.has(tokens[0]!.text.toLowerCase())) return;
    const place: Place = { code, words: tokens.map((t) => t.stem), capital: isCapital(tokens[0]!.text) };
    const key = place.words[0]!.slice(0, KEY);
    const list = byKey.get(key);
    if (!list) byKey.set(key, [place]);
    else if (!list.some((p) => p.code === code && p.words.join(' ') === place.words.join(' '))) list.push(place);
  };
  for (const country of countries) for (const name of country.names) add(country.code, name);
  for (const [code, names] of Object.entries(PLACES)) if (codes.has(code)) for (const name of names) add(code, name);
  return { byKey, codes };
}

function stemFits(have: string, want: string): boolean {
  return want.length < SHORT ? have === want : have.startsWith(want);
}

export interface PlaceMention {
  code: string;
  field: MatchField;
  start: number;
  end: number;
  text: string;
}

function mentionsIn(compiled: CompiledPlaces, field: MatchField, text: string): PlaceMention[] {
  const words: Token[] = tokenize(text);
  const found: PlaceMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    let best: { place: Place; last: number } | null = null;
    for (const place of compiled.byKey.get(first.stem.slice(0, KEY)) ?? []) {
      if (place.capital && !isCapital(first.text)) continue;
      let ok = true;
      for (let w = 0; w < place.words.length && ok; w++) {
        const word = words[i + w];
        ok = word != null && stemFits(word.stem, place.words[w]!);
      }
      const last = i + place.words.length - 1;
      if (ok && (!best || last > best.last)) best = { place, last };
    }
    if (best) {
      const end = words[best.last]!.end;
      found.push({ code: best.place.code, field, start: first.start, end, text: text.slice(first.start, end) });
      i = best.last;
    }
  }
  return found;
}

export interface CountryGuess {
  code: string | null;
  /** Where the guess came from: the text's places, the outlet alone, or nothing. */
  source: 'text' | 'outlet' | 'none';
  mentions: PlaceMention[];
}

export const TITLE_MENTION = 3;
export const SUMMARY_MENTION = 1;
export const OUTLET_BONUS = 2;

export function guessCountry(
  compiled: CompiledPlaces,
  item: { title: string; summary: string; outletCountry: string | null },
): CountryGuess {
  const outlet = item.outletCountry && compiled.codes.has(item.outletCountry) ? item.outletCountry : null;
  const mentions = [...mentionsIn(compiled, 'title', item.title), ...mentionsIn(compiled, 'summary', item.summary)];
  if (mentions.length === 0) return { code: outlet, source: outlet ? 'outlet' : 'none', mentions };
  const scores = new Map<string, number>();
  for (const m of mentions) scores.set(m.code, (scores.get(m.code) ?? 0) + (m.field === 'title' ? TITLE_MENTION : SUMMARY_MENTION));
  if (outlet) scores.set(outlet, (scores.get(outlet) ?? 0) + OUTLET_BONUS);
  const top = Math.max(...scores.values());
  const leaders = [...scores].filter(([, s]) => s === top).map(([code]) => code);
  const code = outlet && leaders.includes(outlet) ? outlet : leaders[0]!;
  const fromText = mentions.some((m) => m.code === code);
  return { code, source: fromText ? 'text' : 'outlet', mentions };
}

