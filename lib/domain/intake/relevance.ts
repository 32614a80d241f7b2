import { stemWord, tokenize, type Token } from '../word-stem';
import type { MatchField, RelevanceMatch } from './relevance-types';

/**
 * How relevant an intake item is to the release: anti-drug terms per language (intake_terms), matched
 * in the item's title and summary. Pure; compile the term list once, score many items.
 *
 * Matching:
 * - English and Russian terms are matched on Snowball stems, with the stemmers of the termbase and the
 *   search (word-stem.ts): «наркотиков» and «наркотики» match «наркотик», "heroin's" matches "heroin".
 *   As in the termbase, a text word matches when its stem begins with the term's stem, and a stem
 *   shorter than 4 letters must be equal.
 * - Kazakh, Uzbek, Kyrgyz, Tajik, Turkmen, Azerbaijani and Dari/Persian have no Snowball stemmer in
 *   @orama/stemmers; their words take suffixes (есірткі → есірткілер, giyohvand → giyohvandlik), so a
 *   text word matches when, in lower case with ё as е, it begins with the term's word (the prefix
 *   rule); a term word shorter than 4 letters must be equal.
 * - A term of several words matches those words in a row (not across a line break).
 * - Every language's terms are tried on every item: a Kazakh report quotes Russian names, a Russian
 *   outlet writes about Afghanistan. Where terms of several languages match the same words (героин in
 *   ru and kk), the words count once, with the highest weight.
 *
 * Score: each term counts once per field, its weight × 3 in the title and × 1 in the summary, however
 * often it is repeated (a summary that says «наркотики» five times is not five times as relevant).
 * Every occurrence is returned with its offsets, for highlighting.
 */

export interface IntakeTermInput {
  language: string;
  term: string;
  weight: number;
}

export const TITLE_FACTOR = 3;
export const SUMMARY_FACTOR = 1;
/** Languages whose terms are matched on Snowball stems; the others by the prefix rule. */
export const STEMMED_LANGUAGES: readonly string[] = ['en', 'ru'];
const SHORT = 4;
const KEY_LENGTH = 3;

interface Pattern {
  term: string;
  weight: number;
  stemmed: boolean;
  /** Stems (stemmed) or lower-case words (prefix rule). */
  words: string[];
}

export interface CompiledIntakeTerms {
  /** Patterns by the first KEY_LENGTH letters of their first word. */
  byKey: Map<string, Pattern[]>;
  size: number;
}

function lower(word: string): string {
  const low = word.toLowerCase();
  return low.includes('ё') ? low.replace(/ё/g, 'е') : low;
}

export function compileIntakeTerms(terms: readonly IntakeTermInput[]): CompiledIntakeTerms {
  const byKey = new Map<string, Pattern[]>();
  let size = 0;
  for (const t of terms) {
    const tokens = tokenize(t.term);
    if (tokens.length === 0 || !(t.weight > 0)) continue;
    const stemmed = STEMMED_LANGUAGES.includes(t.language);
    const words = tokens.map((token) => (stemmed ? stemWord(token.text) : lower(token.text)));
    const pattern: Pattern = { term: t.term.trim(), weight: t.weight, stemmed, words };
    const key = words[0]!.slice(0, KEY_LENGTH);
    const list = byKey.get(key);
    if (list) list.push(pattern);
    else byKey.set(key, [pattern]);
    size++;
  }
  return { byKey, size };
}

interface TextWord extends Token {
  lower: string;
}

function wordMatches(word: TextWord, want: string, stemmed: boolean): boolean {
  const have = stemmed ? word.stem : word.lower;
  if (want.length < SHORT) return have === want;
  return have.startsWith(want);
}

interface Hit {
  start: number;
  end: number;
  pattern: Pattern;
}

/** Every occurrence of every term in one text, overlapping occurrences resolved (longest, then heaviest). */
function hitsIn(compiled: CompiledIntakeTerms, text: string): Hit[] {
  if (!text || compiled.size === 0) return [];
  const words: TextWord[] = tokenize(text) as TextWord[];
  for (const word of words) word.lower = lower(word.text);
  const hits: Hit[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const stemKey = word.stem.slice(0, KEY_LENGTH);
    const lowerKey = word.lower.slice(0, KEY_LENGTH);
    const byStem = compiled.byKey.get(stemKey);
    const byLower = lowerKey === stemKey ? undefined : compiled.byKey.get(lowerKey);
    if (!byStem && !byLower) continue;
    for (const list of [byStem, byLower]) {
      if (!list) continue;
      for (const pattern of list) {
        let last = -1;
        for (let w = 0; w < pattern.words.length; w++) {
          const at = words[i + w];
          if (!at || !wordMatches(at, pattern.words[w]!, pattern.stemmed)) break;
          if (w > 0 && text.slice(words[i + w - 1]!.end, at.start).includes('\n')) break;
          if (w === pattern.words.length - 1) last = i + w;
        }
        if (last >= 0) hits.push({ start: word.start, end: words[last]!.end, pattern });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end || b.pattern.weight - a.pattern.weight);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const previous = kept[kept.length - 1];
    if (previous && hit.start < previous.end) continue;
    kept.push(hit);
  }
  return kept;
}

export interface Relevance {
  score: number;
  /** In field order (title, then summary), by offset. */
  matches: RelevanceMatch[];
}

export function scoreItem(compiled: CompiledIntakeTerms, item: { title: string; summary: string }): Relevance {
  let score = 0;
  const matches: RelevanceMatch[] = [];
  const fields: [MatchField, string, number][] = [
    ['title', item.title, TITLE_FACTOR],
    ['summary', item.summary, SUMMARY_FACTOR],
  ];
  for (const [field, text, factor] of fields) {
    const counted = new Map<string, number>();
    for (const hit of hitsIn(compiled, text)) {
      matches.push({ field, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), term: hit.pattern.term });
      const key = lower(hit.pattern.term);
      counted.set(key, Math.max(counted.get(key) ?? 0, hit.pattern.weight));
    }
    for (const weight of counted.values()) score += weight * factor;
  }
  return { score, matches };
}
