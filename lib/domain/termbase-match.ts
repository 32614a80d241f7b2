import type { Lang } from './lang';
import type { Term } from './termbase';
import { stemWord, tokenize, type Token } from './word-stem';

/**
 * The termbase's vocabulary and its stem-aware matcher. Pure functions: the editor underlines with
 * them in the browser, the consistency checks and the translation memory use them on the server.
 */

export { TERM_CATEGORIES, type Term, type TermCategory } from './termbase';

/** How the text names the term: its approved phrase, an accepted variant or a forbidden variant. */
export type TermForm = 'preferred' | 'variant' | 'forbidden';

export interface TermSpan<T extends Term = Term> {
  start: number;
  end: number;
  /** The text as written, e.g. «Комитета национальной безопасности». */
  text: string;
  term: T;
  form: TermForm;
}

/** The approved phrase of a term in a language. */
export function termPhrase(term: Term, lang: Lang): string {
  return lang === 'en' ? term.en : term.ru;
}

interface Pattern<T extends Term> {
  term: T;
  form: TermForm;
  /** Stems of the phrase's words, or the exact words for an abbreviation. */
  words: string[];
  /** An abbreviation ("КНБ", "CNS"): matched as written, case included. */
  exact: boolean;
}

export interface CompiledTermbase<T extends Term = Term> {
  lang: Lang;
  /** Patterns by the key of their first word (see keysOf). */
  byKey: Map<string, Pattern<T>[]>;
}

/** Stems shorter than this must be equal, not a prefix: "ош" must not match every word in "ош…". */
const SHORT_STEM = 4;
const KEY_LENGTH = 3;

function isAbbreviation(word: string): boolean {
  return word.length >= 2 && word.length <= 8 && /^[\p{Lu}\p{N}-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

function patternsOf<T extends Term>(term: T, lang: Lang): Pattern<T>[] {
  const forms: [string, TermForm][] = [
    [termPhrase(term, lang), 'preferred'],
    ...(lang === 'en' ? term.variantsEn : term.variantsRu).map((v): [string, TermForm] => [v, 'variant']),
    ...(lang === 'en' ? term.forbiddenEn : term.forbiddenRu).map((v): [string, TermForm] => [v, 'forbidden']),
  ];
  const patterns: Pattern<T>[] = [];
  for (const [phrase, form] of forms) {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) continue;
    const exact = tokens.length === 1 && isAbbreviation(tokens[0]!.text);
    patterns.push({ term, form, exact, words: tokens.map((t) => (exact ? t.text : t.stem)) });
  }
  return patterns;
}

function keyOf(word: string): string {
  return word.slice(0, KEY_LENGTH);
}

/** Prepares a termbase for matching in one language; compile once, match many texts. */
export function compileTermbase<T extends Term>(terms: readonly T[], lang: Lang): CompiledTermbase<T> {
  const byKey = new Map<string, Pattern<T>[]>();
  for (const term of terms) {
    for (const pattern of patternsOf(term, lang)) {
      const key = pattern.exact ? `=${pattern.words[0]}` : keyOf(pattern.words[0]!);
      const list = byKey.get(key);
      if (list) list.push(pattern);
      else byKey.set(key, [pattern]);
    }
  }
  return { lang, byKey };
}

/** A text word's stem begins with the term word's stem (short stems must be equal). */
function stemMatches(textStem: string, termStem: string): boolean {
  if (termStem.length < SHORT_STEM) return textStem === termStem;
  return textStem.startsWith(termStem);
}

/**
 * Where a pattern matches from token i: each next term word is the next text word, or the one
 * after it (at most one extra word between), never across a line break. Returns the last token.
 */
function matchAt<T extends Term>(tokens: Token[], i: number, pattern: Pattern<T>, text: string): number {
  if (pattern.exact) return tokens[i]!.text === pattern.words[0] ? i : -1;
  if (!stemMatches(tokens[i]!.stem, pattern.words[0]!)) return -1;
  let at = i;
  for (let w = 1; w < pattern.words.length; w++) {
    const want = pattern.words[w]!;
    let found = -1;
    for (let step = 1; step <= 2; step++) {
      const next = tokens[at + step];
      if (!next || text.slice(tokens[at]!.end, next.start).includes('\n')) break;
      if (stemMatches(next.stem, want)) {
        found = at + step;
        break;
      }
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

const compiledCache = new WeakMap<readonly Term[], Partial<Record<Lang, CompiledTermbase<Term>>>>();

function compiledFor<T extends Term>(terms: readonly T[] | CompiledTermbase<T>, lang: Lang): CompiledTermbase<T> {
  if (!Array.isArray(terms)) return terms as CompiledTermbase<T>;
  const list = terms as readonly T[];
  let entry = compiledCache.get(list);
  if (!entry) compiledCache.set(list, (entry = {}));
  const compiled = entry[lang] ?? (entry[lang] = compileTermbase(list, lang) as unknown as CompiledTermbase<Term>);
  return compiled as unknown as CompiledTermbase<T>;
}

/**
 * The terms named in a text, left to right, without overlaps: at each word the longest match wins
 * (by words covered; the preferred form before a variant, a variant before a forbidden form).
 * `terms` may be the term list (compiled once per array and language, then cached) or a compiled
 * termbase. «Комитета национальной безопасности» matches the term «Комитет национальной безопасности».
 */
export function findTerms<T extends Term>(text: string, lang: Lang, terms: readonly T[] | CompiledTermbase<T>): TermSpan<T>[] {
  const compiled = compiledFor(terms, lang);
  if (compiled.byKey.size === 0 || !text) return [];
  const tokens = tokenize(text);
  const spans: TermSpan<T>[] = [];
  const rank: Record<TermForm, number> = { preferred: 0, variant: 1, forbidden: 2 };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Term stems shorter than the key length are filed under themselves.
    const keys = new Set([`=${token.text}`, keyOf(token.stem), token.stem.slice(0, 2), token.stem.slice(0, 1)]);
    let best: { last: number; pattern: Pattern<T> } | undefined;
    for (const key of keys) for (const pattern of compiled.byKey.get(key) ?? []) {
      const last = matchAt(tokens, i, pattern, text);
      if (last < 0) continue;
      if (
        !best ||
        pattern.words.length > best.pattern.words.length ||
        (pattern.words.length === best.pattern.words.length && rank[pattern.form] < rank[best.pattern.form])
      )
        best = { last, pattern };
    }
    if (!best) continue;
    const end = tokens[best.last]!.end;
    spans.push({ start: token.start, end, text: text.slice(token.start, end), term: best.pattern.term, form: best.pattern.form });
    i = best.last;
  }
  return spans;
}

/** Whether a phrase names the term in a language (its approved phrase or an accepted variant). */
export function namesTerm<T extends Term>(text: string, lang: Lang, term: T): boolean {
  return findTerms(text, lang, [term]).some((s) => s.form !== 'forbidden');
}

export { stemWord };
