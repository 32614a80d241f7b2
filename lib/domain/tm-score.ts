import { diffWords } from 'diff';
import { distance } from 'fastest-levenshtein';
import { PLACEHOLDER } from './tm-slots';

/**
 * Scoring of translation memory candidates: the FTS5 query that finds them, a normalised edit
 * distance over placeholder keys that ranks them, and the word diff shown beside a suggestion. Pure.
 */

/** Below this a suggestion is still shown (the best one always is) but marked low. */
export const LOW_MATCH = 60;
/** Suggestions shown per segment. */
export const SUGGESTIONS_SHOWN = 3;

const PLACEHOLDERS = new RegExp(`[${Object.values(PLACEHOLDER).join('')}]`, 'u');
/** The longest words are the rarest: four of them find the candidates (see searchUnitCandidates). */
const QUERY_WORDS = 4;

/**
 * An FTS5 trigram query for the candidates of a key: its longest distinct words (three letters or
 * more, placeholders left out) as quoted phrases joined by OR. Null when the key has no such word.
 */
export function tmCandidateQuery(key: string): string | null {
  const words = [...new Set(key.split(/[^\p{L}\p{N}'-]+/u))].filter((w) => w.length >= 3 && !PLACEHOLDERS.test(w));
  if (words.length === 0) return null;
  const chosen = words.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, QUERY_WORDS);
  return chosen.map((w) => `"${w.replace(/"/g, '""')}"`).join(' OR ');
}

/**
 * How alike two segments are, 0–100: one minus the edit distance of their placeholder keys over the
 * longer key. Equal keys of texts that still differ (other numbers or names) score 99, not 100.
 */
export function matchPercent(currentKey: string, candidateKey: string, currentNorm: string, candidateNorm: string): number {
  if (currentNorm === candidateNorm) return 100;
  const longest = Math.max(currentKey.length, candidateKey.length);
  if (longest === 0) return 0;
  const percent = Math.round((1 - distance(currentKey, candidateKey) / longest) * 100);
  return Math.max(0, Math.min(99, percent));
}

export interface DiffPart {
  text: string;
  /** In the current text, not in the memory's source. */
  added?: boolean;
  /** In the memory's source, not in the current text. */
  removed?: boolean;
}

/** The word diff from the memory's source segment to the current text. */
export function wordDiff(memorySource: string, current: string): DiffPart[] {
  return diffWords(memorySource, current).map((c) => ({
    text: c.value,
    ...(c.added ? { added: true } : {}),
    ...(c.removed ? { removed: true } : {}),
  }));
}
