import { tokenize, type Token } from '../word-stem';
import { prefixStem, stemVariants, type Clause } from './query';
import { stemWord } from '../word-stem';

/** A piece of a snippet: text as written, marked where it matches the query. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Markdown reduced to its words: emphasis marks dropped, links to their text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a word of the text answers one of the query's clauses (the same rules as the index). */
export function matcher(clauses: Clause[]): (token: Token) => boolean {
  const prefixes: string[] = [];
  const exact = new Set<string>();
  for (const clause of clauses) {
    if (clause.kind === 'prefix') prefixes.push(prefixStem(clause.words[0]!));
    else if (clause.kind === 'phrase') clause.words.forEach((w) => exact.add(stemWord(w)));
    else {
      const variants = stemVariants(clause.words[0]!);
      prefixes.push(...variants.prefixes);
      variants.exact.forEach((e) => exact.add(e));
    }
  }
  return (token) => exact.has(token.stem) || prefixes.some((p) => token.stem.startsWith(p));
}

/**
 * The part of the original text around its best run of matches, about `words` words long, with the
 * matching words marked; the whole text when it is short. Built over the text as written, never over
 * the stemmed index.
 */
export function buildSnippet(text: string, clauses: Clause[], words = 28): SnippetPart[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const isHit = matcher(clauses);
  const hits = tokens.map(isHit);
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start < Math.max(1, tokens.length - words + 1); start++) {
    let count = 0;
    for (let i = start; i < Math.min(tokens.length, start + words); i++) if (hits[i]) count++;
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Start a little before the first hit of the window, so that it reads in context.
  const firstHit = hits.indexOf(true, best);
  const from = firstHit >= 0 ? Math.max(0, Math.min(best, firstHit - 4)) : 0;
  const to = Math.min(tokens.length, from + words);
  const parts: SnippetPart[] = [];
  const push = (piece: string, hit: boolean) => {
    if (!piece) return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += piece;
    else parts.push({ text: piece, hit });
  };
  if (from > 0) push('…', false);
  let cursor = tokens[from]!.start;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    push(text.slice(cursor, token.start), false);
    push(token.text, hits[i]!);
    cursor = token.end;
  }
  if (to < tokens.length) push(' …', false);
  else push(text.slice(cursor), false);
  return parts;
}
