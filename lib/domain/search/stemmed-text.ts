import { tokenize } from '../word-stem';

/**
 * A text as the search index stores it: the Snowball stem of every word, in order, separated by
 * spaces (SQLite's FTS5 cannot call a JavaScript tokenizer, so the stemming happens before it).
 */
export function stemmedText(text: string): string {
  return tokenize(text)
    .map((t) => t.stem)
    .join(' ');
}
