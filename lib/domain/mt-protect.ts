import type { Lang } from './lang';
import { findTerms, termPhrase, type CompiledTermbase } from './termbase-match';
import type { Term } from './termbase';
import { findSlots, formatNumber } from './tm-slots';

/**
 * Before a text goes to machine translation, termbase names and numbers are replaced by tokens
 * (⟦0⟧, ⟦1⟧ …) that engines leave alone; after, each token becomes the approved term of the target
 * language or the number written the target language's way. Pure.
 */

export interface ProtectedText {
  text: string;
  /** What each token stands for, in the target language. */
  replacements: string[];
}

export function protectForMt(text: string, from: Lang, to: Lang, termbase: CompiledTermbase<Term>): ProtectedText {
  const spans: { start: number; end: number; replacement: string }[] = [];
  for (const span of findTerms(text, from, termbase)) {
    if (span.form !== 'forbidden') spans.push({ start: span.start, end: span.end, replacement: termPhrase(span.term, to) });
  }
  for (const slot of findSlots(text, from)) {
    if (slot.kind !== 'number' && slot.kind !== 'date') continue;
    if (spans.some((s) => slot.start < s.end && slot.end > s.start)) continue;
    spans.push({ start: slot.start, end: slot.end, replacement: slot.kind === 'number' ? formatNumber(slot.value, to) : slot.value });
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const replacements: string[] = [];
  for (const span of spans) {
    out += `${text.slice(at, span.start)}⟦${replacements.length}⟧`;
    replacements.push(span.replacement);
    at = span.end;
  }
  return { text: out + text.slice(at), replacements };
}

/** The translation with its tokens restored; `lost` counts tokens the engine dropped. */
export function restoreAfterMt(translated: string, replacements: string[]): { text: string; lost: number } {
  const seen = new Set<number>();
  const text = translated.replace(/⟦\s*(\d+)\s*⟧/g, (whole, n: string) => {
    const index = Number(n);
    if (index >= replacements.length) return whole;
    seen.add(index);
    return replacements[index]!;
  });
  return { text, lost: replacements.length - seen.size };
}
