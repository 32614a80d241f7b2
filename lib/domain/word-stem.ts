import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';

/**
 * Words and their Snowball stems, for stem-aware matching in English and Russian. A word's script
 * chooses the stemmer (Cyrillic → Russian, anything else → English), so English names inside a
 * Russian text and the other way round are stemmed sensibly. Pure; runs in the browser too.
 */

export interface Token {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  /** Lower case, ё → е, stemmed. */
  stem: string;
}

/** A word: letters and digits, with inner hyphens or apostrophes ("Jalal-Abad", "Кара-Суу", "3-CMC"). */
const WORD = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;
const CYRILLIC = /[\u0400-\u04FF]/;

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The Snowball stem of one word (lower-cased, ё folded to е). */
export function stemWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  let stem: string;
  if (/\d/.test(lower)) stem = lower;
  else if (CYRILLIC.test(lower)) stem = stemRussian(lower);
  else stem = stemEnglish(lower.replace(/['’]s$/, ''));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}

/** The words of a text with their offsets and stems. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    tokens.push({ text: m[0], start, end: start + m[0].length, stem: stemWord(m[0]) });
  }
  return tokens;
}
