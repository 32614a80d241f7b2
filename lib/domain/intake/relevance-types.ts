/**
 * What relevance scoring stores with an intake item (intake_items.matched_terms, as JSON) and what the
 * inbox highlights: each matched word with its field and its offsets in that field's text.
 */

export const MATCH_FIELDS = ['title', 'summary'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

export interface RelevanceMatch {
  field: MatchField;
  /** UTF-16 offsets into the item's title or summary, end exclusive (String.prototype.slice). */
  start: number;
  end: number;
  /** The words as written in the text, e.g. «наркотиков». */
  text: string;
  /** The term that matched, as the term list spells it, e.g. «наркотик». */
  term: string;
}

/** Reads intake_items.matched_terms; anything that is not a list of matches reads as none. */
export function parseMatches(json: string | null | undefined): RelevanceMatch[] {
  if (!json) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter(
    (m): m is RelevanceMatch =>
      m != null &&
      typeof m === 'object' &&
      (m.field === 'title' || m.field === 'summary') &&
      Number.isInteger(m.start) &&
      Number.isInteger(m.end) &&
      typeof m.text === 'string' &&
      typeof m.term === 'string',
  );
}
