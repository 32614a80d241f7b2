import { excerpt, maskLinks } from './text-scan';
import { SEVERITY_OF, type FieldPair, type TranslationFinding } from './types';

type Side = 'en' | 'ru';

const escape = (ch: string) => ch.replace(/[\\^\]\[-]/g, '\\$&');

/** Where the first unpaired mark is, or -1: an opening never closed or a closing never opened. */
export function unpairedAt(text: string, pairs: ReadonlyArray<readonly [string, string]>): number {
  const marks = new RegExp(`[${pairs.flat().map(escape).join('')}]`, 'g');
  const closeOf = new Map(pairs.map(([open, close]) => [open, close]));
  const stack: Array<{ close: string; at: number }> = [];
  for (const m of text.matchAll(marks)) {
    const ch = m[0];
    const close = closeOf.get(ch);
    if (close !== undefined) {
      stack.push({ close, at: m.index });
      continue;
    }
    const top = stack.at(-1);
    if (!top || top.close !== ch) return m.index;
    stack.pop();
  }
  return stack.length > 0 ? stack[0]!.at : -1;
}

const QUOTES = [['«', '»']] as const;
const BRACKETS = [
  ['(', ')'],
  ['[', ']'],
] as const;
/** Two or more spaces between words (a Markdown line break, spaces before a newline, is fine). */
const DOUBLE_SPACE = /[ \u00A0]{2,}(?=\S)/g;

/**
 * Unpaired «» or brackets, and double spaces, in each language: one finding per kind and side,
 * at the first place. Warnings. Links are left out (their brackets are their own).
 */
export function checkTypography(pair: FieldPair): TranslationFinding[] {
  const findings: TranslationFinding[] = [];
  const base = { kind: 'typography' as const, severity: SEVERITY_OF.typography, field: pair.field, ...(pair.photo ? { photo: pair.photo } : {}) };
  for (const side of ['en', 'ru'] as const) {
    const text = pair[side];
    if (!text.trim()) continue;
    const masked = maskLinks(text, '_');
    const place = (at: number, end = at + 1) => sideExcerpt(side, excerpt(text, at, end, 30));
    const quote = unpairedAt(masked, QUOTES);
    if (quote !== -1) findings.push({ ...base, ...place(quote), message: 'unpairedQuotes', values: { lang: side }, subject: `quotes:${side}` });
    const bracket = unpairedAt(masked, BRACKETS);
    if (bracket !== -1) findings.push({ ...base, ...place(bracket), message: 'unpairedBrackets', values: { lang: side }, subject: `brackets:${side}` });
    const spaces = [...masked.matchAll(DOUBLE_SPACE)].filter((m) => m.index > 0 && !/\s/.test(masked[m.index - 1]!));
    if (spaces.length > 0) {
      const first = spaces[0]!;
      const shown = text.slice(0, first.index) + '␣'.repeat(first[0].length) + text.slice(first.index + first[0].length);
      findings.push({
        ...base,
        ...sideExcerpt(side, excerpt(shown, first.index, first.index + first[0].length, 30)),
        message: 'doubleSpace',
        values: { lang: side, count: spaces.length },
        subject: `spaces:${side}`,
      });
    }
  }
  return findings;
}

function sideExcerpt(side: Side, text: string): { en: string; ru: string } {
  return side === 'en' ? { en: text, ru: '' } : { en: '', ru: text };
}
