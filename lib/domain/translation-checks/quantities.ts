import { extractDates, type DateToken } from './dates';
import { MULTIPLIER_PATTERN, NUMBER_SCAN, digitsValue, mayBeNumberWord, multiplierValue, numberWord } from './number-words';
import { pairUnmatched, type Located } from './pairing';
import { maskLinks, paragraphSpans, blank } from './text-scan';
import { readUnit, type UnitDef } from './unit-words';
import type { FieldPair } from './types';

/** A number of the text, with its unit when it has one. */
export interface Quantity extends Located {
  value: number;
  unit?: UnitDef;
  /** Part of a date (its day or year): it answers a number of the other side but is never asked for. */
  soft?: boolean;
}

const PHONE = /\+\d[\d\s()\u00A0-]{7,}\d/g;

/** Every number of a text in order; numbers inside links, phone numbers and dates are kept apart. */
export function extractQuantities(text: string, lang: 'en' | 'ru', dates: DateToken[] = extractDates(text, lang)): Quantity[] {
  let masked = maskLinks(text).replace(PHONE, blank);
  const found: Quantity[] = [];
  for (const d of dates) {
    masked = masked.slice(0, d.start) + ' '.repeat(d.end - d.start) + masked.slice(d.end);
    for (const value of [d.day, d.year]) if (value !== undefined) found.push({ value, soft: true, start: d.start, end: d.end, text: d.text });
  }
  const pattern = new RegExp(NUMBER_SCAN[lang].source, NUMBER_SCAN[lang].flags);
  let previous = '';
  let previousEnd = 0;
  for (const m of masked.matchAll(pattern)) {
    const start = m.index;
    let end = start + m[0].length;
    let value: number;
    if (m[3] !== undefined) {
      // A word: a number word, or the word before the next one.
      const before = previous;
      const beforeEnd = previousEnd;
      previous = m[3];
      previousEnd = end;
      if (!mayBeNumberWord(m[3], lang)) continue;
      const adjacent = /^[\s\u00A0\u202F]*$/.test(masked.slice(beforeEnd, start));
      const word = numberWord(m[3], adjacent ? before.toLowerCase() : '', masked.slice(end, end + 20), lang);
      if (!word) continue;
      value = word.value;
      end += word.extra;
    } else {
      previous = '';
      value = digitsValue(m[1]!, m[2]);
    }
    if (!Number.isFinite(value)) continue;
    const multiplier = MULTIPLIER_PATTERN[lang].exec(masked.slice(end, end + 20));
    if (multiplier) {
      value *= multiplierValue(multiplier[1]!);
      end += multiplier[0].length;
    }
    const unit = readUnit(masked.slice(end, end + 30), value, lang);
    if (unit) end += unit.length;
    found.push({ value, start, end, text: shownText(text.slice(start, end)), ...(unit ? { unit: unit.unit } : {}) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** As written, on one line, without the full stop of a sentence ("30%." → "30%", "5 years." → "5 years"; "5 шт." stays). */
function shownText(written: string): string {
  return written.replace(/\s+/g, ' ').trim().replace(/(%|\p{L}{4,})\.$/u, '$1');
}

function sameAmount(a: Quantity, b: Quantity): boolean {
  if (!a.unit || !b.unit) return false;
  if (a.unit.dimension !== b.unit.dimension) return false;
  const x = a.value * a.unit.factor;
  const y = b.value * b.unit.factor;
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1);
}

/**
 * Whether `q` of one side is answered by the other side: a bare number by the same value in any
 * form; a number with a unit by the same amount (1.5 t = 1500 кг) or by the same value written
 * without a unit (the unit may be in the words around it); a date's day or year answers anything.
 */
function answered(q: Quantity, other: Quantity[]): boolean {
  if (!q.unit) return other.some((o) => o.value === q.value);
  return other.some((o) => sameAmount(q, o) || (o.value === q.value && (!o.unit || o.soft)));
}

export type QuantityDifference =
  | { type: 'pair'; en: Quantity; ru: Quantity }
  | { type: 'onlyEn'; en: Quantity }
  | { type: 'onlyRu'; ru: Quantity };

/** Which numbers of a field the other language lacks, pairs of them told as one mistake. */
export function quantityDifferences(pair: FieldPair, found?: { en: Quantity[]; ru: Quantity[] }): QuantityDifference[] {
  const en = found?.en ?? extractQuantities(pair.en, 'en');
  const ru = found?.ru ?? extractQuantities(pair.ru, 'ru');
  const onlyEn = distinct(en.filter((q) => !q.soft && !answered(q, ru)));
  const onlyRu = distinct(ru.filter((q) => !q.soft && !answered(q, en)));
  if (onlyEn.length === 0 && onlyRu.length === 0) return [];
  const near = nearness(pair);
  const sameDimension = (a: Quantity, b: Quantity) => !!a.unit && !!b.unit && a.unit.dimension === b.unit.dimension;
  const unitsFirst = pairUnmatched(onlyEn, onlyRu, (a, b) => sameDimension(a, b) && near(a, b));
  let rest = pairUnmatched(unitsFirst.onlyEn, unitsFirst.onlyRu, (a, b) => (!a.unit || !b.unit) && near(a, b));
  // One number left on each side: whatever their places, they stand for each other.
  if (rest.onlyEn.length === 1 && rest.onlyRu.length === 1) {
    const [a, b] = [rest.onlyEn[0]!, rest.onlyRu[0]!];
    if (sameDimension(a, b) || !a.unit || !b.unit) rest = { pairs: [...rest.pairs, { en: a, ru: b }], onlyEn: [], onlyRu: [] };
  }
  return [
    ...[...unitsFirst.pairs, ...rest.pairs].map((p) => ({ type: 'pair' as const, ...p })),
    ...rest.onlyEn.map((q) => ({ type: 'onlyEn' as const, en: q })),
    ...rest.onlyRu.map((q) => ({ type: 'onlyRu' as const, ru: q })),
  ];
}

/** Two numbers may stand for each other when they are in the same paragraph (or near the same place). */
function nearness(pair: FieldPair): (a: Quantity, b: Quantity) => boolean {
  const pa = paragraphSpans(pair.en);
  const pb = paragraphSpans(pair.ru);
  const index = (spans: typeof pa, offset: number) => spans.findIndex((s) => offset <= s.end);
  if (pa.length > 1 && pa.length === pb.length) return (a, b) => index(pa, a.start) === index(pb, b.start);
  return (a, b) => Math.abs(a.start / Math.max(1, pair.en.length) - b.start / Math.max(1, pair.ru.length)) < 0.2;
}

function distinct(list: Quantity[]): Quantity[] {
  const seen = new Set<string>();
  return list.filter((q) => {
    const key = quantityKey(q);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The amount in the unit's base, for fingerprints: 15 kg and 15 килограммов are both "15000g". */
export function quantityKey(q: Quantity): string {
  if (!q.unit) return String(q.value);
  return `${q.value}${q.unit.code}`;
}
