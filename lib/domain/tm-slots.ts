import type { Lang } from './lang';
import { findTerms, type CompiledTermbase } from './termbase-match';
import type { Term, TermCategory } from './termbase';

/**
 * The parts of a segment that change from one event to the next while the sentence stays the same:
 * numbers, units, months, numeric dates and termbase names. The translation memory scores segments
 * with these turned into placeholders ("seized 12 kg … in Zhambyl region" ≈ "seized 15 kg … in
 * Almaty region") and puts the current text's values back into a suggestion (tm-adapt.ts). Pure.
 */

export type SlotKind = 'number' | 'unit' | 'month' | 'date' | 'term';

export interface Slot {
  kind: SlotKind;
  start: number;
  end: number;
  text: string;
  /** Comparable value: the number ("10773", "1.5"), the unit or month id, the date, the term's index. */
  value: string;
  /** For a term slot: the term. */
  term?: Term;
}

export const PLACEHOLDER: Record<SlotKind, string> = {
  number: '\uE000',
  unit: '\uE001',
  month: '\uE002',
  date: '\uE003',
  term: '\uE004',
};

/** Termbase categories whose names stand for a placeholder (legal phrases and units stay words). */
const NAME_CATEGORIES: ReadonlySet<TermCategory> = new Set(['agency', 'drug', 'place']);

export const UNITS: Record<string, { en: RegExp; ru: RegExp; show: Record<Lang, string> }> = {
  kg: { en: /^(?:kg|kilo(?:gram)?s?|kilogrammes?)$/i, ru: /^(?:кг|килограмм\p{L}*)$/iu, show: { en: 'kg', ru: 'кг' } },
  g: { en: /^(?:g|gr|grams?|grammes?)$/i, ru: /^(?:г|гр|грамм\p{L}*)$/iu, show: { en: 'g', ru: 'г' } },
  mg: { en: /^(?:mg|milligrams?)$/i, ru: /^(?:мг|миллиграмм\p{L}*)$/iu, show: { en: 'mg', ru: 'мг' } },
  t: { en: /^(?:t|tons?|tonnes?)$/i, ru: /^(?:т|тонн\p{L}*|тонна)$/iu, show: { en: 't', ru: 'т' } },
  l: { en: /^(?:l|litres?|liters?)$/i, ru: /^(?:л|литр\p{L}*)$/iu, show: { en: 'l', ru: 'л' } },
  ml: { en: /^(?:ml|millilitres?|milliliters?)$/i, ru: /^(?:мл|миллилитр\p{L}*)$/iu, show: { en: 'ml', ru: 'мл' } },
  pcs: { en: /^(?:pcs|pieces?|tablets?|pills?)$/i, ru: /^(?:шт|штук\p{L}*|таблет\p{L}*)$/iu, show: { en: 'pcs', ru: 'шт.' } },
  km: { en: /^(?:km|kilometres?|kilometers?)$/i, ru: /^(?:км|километр\p{L}*)$/iu, show: { en: 'km', ru: 'км' } },
  percent: { en: /^%$/, ru: /^%$/, show: { en: '%', ru: '%' } },
  people: { en: /^(?:people|persons?)$/i, ru: /^(?:чел|человек\p{L}*)$/iu, show: { en: 'people', ru: 'человек' } },
};

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Russian months: nominative, genitive, prepositional. */
export const MONTHS_RU: [string, string, string][] = [
  ['январь', 'января', 'январе'],
  ['февраль', 'февраля', 'феврале'],
  ['март', 'марта', 'марте'],
  ['апрель', 'апреля', 'апреле'],
  ['май', 'мая', 'мае'],
  ['июнь', 'июня', 'июне'],
  ['июль', 'июля', 'июле'],
  ['август', 'августа', 'августе'],
  ['сентябрь', 'сентября', 'сентябре'],
  ['октябрь', 'октября', 'октябре'],
  ['ноябрь', 'ноября', 'ноябре'],
  ['декабрь', 'декабря', 'декабре'],
];
export { MONTHS_EN };

function monthOf(word: string, lang: Lang): number {
  const lower = word.toLowerCase();
  if (lang === 'en') return MONTHS_EN.indexOf(lower);
  return MONTHS_RU.findIndex((forms) => forms.includes(lower));
}

const NUMBER: Record<Lang, RegExp> = {
  en: /\d{1,2}\.\d{1,2}\.\d{4}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gu,
  ru: /\d{1,2}\.\d{1,2}\.\d{4}|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/gu,
};
const WORD_AFTER = /^[ \u00A0\u202F]?(%|[\p{L}]+\.?)/u;
const WORD = /\p{L}+/gu;

/** A number's comparable value: "10,773" → "10773", «1,5» → "1.5". */
export function numberValue(text: string, lang: Lang): string {
  const plain = lang === 'en' ? text.replace(/,/g, '') : text.replace(/[ \u00A0\u202F]/g, '').replace(',', '.');
  return String(Number(plain));
}

/** A number value written the way the language writes it (ru: 10 773 with a no-break space, 1,5). */
export function formatNumber(value: string, lang: Lang): string {
  const [whole = '', fraction] = value.split('.');
  if (lang === 'en') return (whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole) + (fraction ? `.${fraction}` : '');
  return (whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, '\u00A0') : whole) + (fraction ? `,${fraction}` : '');
}

function unitOf(word: string, lang: Lang): string | undefined {
  const bare = word.replace(/\.$/, '');
  for (const [id, unit] of Object.entries(UNITS)) if (unit[lang].test(bare)) return id;
  return undefined;
}

/** The slots of a segment, in text order, without overlaps (a term wins over a number inside it). */
export function findSlots(text: string, lang: Lang, termbase?: CompiledTermbase<Term>): Slot[] {
  const slots: Slot[] = [];
  const terms = termbase ? findTerms(text, lang, termbase).filter((s) => NAME_CATEGORIES.has(s.term.category)) : [];
  terms.forEach((span) => slots.push({ kind: 'term', start: span.start, end: span.end, text: span.text, value: termKey(span.term), term: span.term }));
  const taken = (start: number, end: number) => slots.some((s) => start < s.end && end > s.start);

  for (const m of text.matchAll(NUMBER[lang])) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end) || /[\p{L}\d]/u.test(text[start - 1] ?? '') || /[\p{L}]/u.test(text[end] ?? '')) continue;
    const isDate = /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(m[0]);
    slots.push({ kind: isDate ? 'date' : 'number', start, end, text: m[0], value: isDate ? m[0] : numberValue(m[0], lang) });
    if (isDate) continue;
    const after = WORD_AFTER.exec(text.slice(end));
    if (!after) continue;
    const unit = unitOf(after[1]!, lang);
    const year = /^(19|20)\d\d$/.test(m[0]);
    if (!unit || (year && (unit === 'g' || unit === 't'))) continue;
    const unitStart = end + after[0].length - after[1]!.length;
    const unitText = after[1]!.replace(/\.$/, unit === 'pcs' && lang === 'ru' ? '.' : '');
    slots.push({ kind: 'unit', start: unitStart, end: unitStart + unitText.length, text: unitText, value: unit });
  }
  for (const m of text.matchAll(WORD)) {
    const month = monthOf(m[0], lang);
    if (month < 0 || taken(m.index, m.index + m[0].length)) continue;
    slots.push({ kind: 'month', start: m.index, end: m.index + m[0].length, text: m[0], value: String(month) });
  }
  return slots.sort((a, b) => a.start - b.start);
}

function termKey(term: Term): string {
  return term.id != null ? `#${term.id}` : `${term.en}\u0000${term.ru}`;
}

/** Lower case, ё → е, one kind of quote and dash, spaces folded. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—‐]/g, '-')
    .replace(/\*+/g, '')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

/** The segment with its slots turned into placeholders, then normalised: what scoring compares. */
export function placeholderKey(text: string, lang: Lang, termbase?: CompiledTermbase<Term>): string {
  const slots = findSlots(text, lang, termbase);
  let out = '';
  let at = 0;
  for (const slot of slots) {
    out += text.slice(at, slot.start) + PLACEHOLDER[slot.kind];
    at = slot.end;
  }
  return normaliseText(out + text.slice(at));
}
