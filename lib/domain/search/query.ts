import { stemWord } from '../word-stem';

/**
 * The archive's search syntax: words (all must match), "quoted phrases", a prefix with `*` (heroi*),
 * and a minus to exclude a word or phrase (-Kyrgyzstan, -"press conference"). Parsed here into
 * clauses; compiled for SQLite FTS5 over the stemmed columns, with every stem quoted, so that no
 * user input ever reaches FTS5's own syntax.
 */
export type ClauseKind = 'word' | 'prefix' | 'phrase';

export interface Clause {
  kind: ClauseKind;
  /** The words as typed (a word or prefix has one). */
  words: string[];
}

export interface SearchQuery {
  must: Clause[];
  not: Clause[];
}

export const QUERY_ERRORS = ['empty', 'unclosedQuote', 'onlyExcluded', 'tooLong', 'shortPrefix'] as const;
export type QueryError = (typeof QUERY_ERRORS)[number];

export const MAX_QUERY_LENGTH = 300;
export const MAX_CLAUSES = 12;
/** A prefix shorter than this would match most of the index. */
const MIN_PREFIX = 2;

const WORD = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;

function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0]);
}

export function parseSearchQuery(input: string): { ok: true; query: SearchQuery } | { ok: false; error: QueryError } {
  const text = input.normalize('NFC').trim();
  if (text.length > MAX_QUERY_LENGTH) return { ok: false, error: 'tooLong' };
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) return { ok: false, error: 'unclosedQuote' };
  const query: SearchQuery = { must: [], not: [] };
  // A clause: an optional minus, then a quoted phrase or a run of non-space characters.
  for (const m of text.matchAll(/(-?)(?:"([^"]*)"|([^\s"]+))/g)) {
    const negated = m[1] === '-';
    const clause = m[2] !== undefined ? phraseClause(m[2]) : termClause(m[3]!);
    if (clause === 'shortPrefix') return { ok: false, error: 'shortPrefix' };
    if (!clause) continue;
    (negated ? query.not : query.must).push(clause);
  }
  if (query.must.length + query.not.length === 0) return { ok: false, error: 'empty' };
  if (query.must.length === 0) return { ok: false, error: 'onlyExcluded' };
  if (query.must.length + query.not.length > MAX_CLAUSES) return { ok: false, error: 'tooLong' };
  return { ok: true, query };
}

function phraseClause(text: string): Clause | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  return words.length === 1 ? { kind: 'word', words } : { kind: 'phrase', words };
}

function termClause(token: string): Clause | 'shortPrefix' | null {
  const prefix = token.endsWith('*');
  const words = wordsOf(token);
  if (words.length === 0) return null;
  if (prefix && words.length === 1) {
    return words[0]!.length < MIN_PREFIX ? 'shortPrefix' : { kind: 'prefix', words };
  }
  // "Jalal-Abad" or "3-CMC" stay one word; "kg/day" becomes a phrase of its words.
  return words.length === 1 ? { kind: 'word', words } : { kind: 'phrase', words };
}

/** Lower case with ё folded, as the index stores words before stemming. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/**
 * The stems a word matches: its own stem as a prefix (seiz* finds "seized" and "seizure"), and the
 * stem shortened by up to two letters (seizur → seiz), because Snowball keeps some derived forms
 * apart (seizure/seized, Казахстан/Казахстана) that a reader expects to find each other.
 */
export function stemVariants(word: string): { prefixes: string[]; exact: string[] } {
  const stem = stemWord(word);
  const exact: string[] = [];
  if (!/\d/.test(stem)) {
    for (let cut = 1; cut <= 2 && stem.length - cut >= 4; cut++) exact.push(stem.slice(0, stem.length - cut));
  }
  return { prefixes: [stem], exact };
}

/** A typed prefix as the index stores words: its stem where that is a prefix of it (seizure* → seizur*). */
export function prefixStem(word: string): string {
  const folded = foldWord(word);
  const stem = stemWord(word);
  return folded.startsWith(stem) ? stem : folded;
}

const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;

/**
 * An FTS5 MATCH expression over stemmed columns. `alternatives` adds, for a clause, other phrases that
 * also satisfy it (the termbase's translation: "hashish" also finds «гашиш»).
 */
export function compileSearchQuery(query: SearchQuery, alternatives: (clause: Clause) => string[][] = () => []): string {
  const must = query.must.map((clause) => group([clauseExpression(clause), ...alternatives(clause).map(phraseExpression)]));
  const not = query.not.map((clause) => clauseExpression(clause));
  let expression = must.join(' AND ');
  for (const excluded of not) expression = `(${expression}) NOT ${excluded}`;
  return expression;
}

function clauseExpression(clause: Clause): string {
  if (clause.kind === 'prefix') return `${quote(prefixStem(clause.words[0]!))}*`;
  if (clause.kind === 'phrase') return phraseExpression(clause.words);
  const { prefixes, exact } = stemVariants(clause.words[0]!);
  return group([...prefixes.map((p) => `${quote(p)}*`), ...exact.map(quote)]);
}

function phraseExpression(words: string[]): string {
  return quote(words.map((w) => stemWord(w)).join(' '));
}

function group(parts: string[]): string {
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** Every word the query asks for (not the excluded ones), for highlighting. */
export function wantedWords(query: SearchQuery): Clause[] {
  return query.must;
}
