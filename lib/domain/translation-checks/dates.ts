import { excerptsOfOneSide, excerptsOfPair, pairUnmatched, type Located } from './pairing';
import { maskLinks } from './text-scan';
import { SEVERITY_OF, type FieldPair, type TranslationFinding } from './types';

/** A date as written: the day or the year may be left out ("12 January", "January 2024"). */
export interface DateToken extends Located {
  day?: number;
  month: number;
  year?: number;
}

const S = '[\\s\\u00A0\\u202F]';

const EN_MONTHS = [
  'jan(?:uary|\\.)?',
  'feb(?:ruary|\\.)?',
  'mar(?:ch|\\.)?',
  'apr(?:il|\\.)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust|\\.)?',
  'sep(?:t(?:ember)?)?\\.?',
  'oct(?:ober|\\.)?',
  'nov(?:ember|\\.)?',
  'dec(?:ember|\\.)?',
];
/** Genitive (12 января), nominative and prepositional (январь / в январе 2024 года). */
const RU_MONTHS = [
  'январ[яьеё]',
  'феврал[яьеё]',
  'март[ае]?',
  'апрел[яьеё]',
  'ма[яйе]',
  'июн[яье]',
  'июл[яье]',
  'август[ае]?',
  'сентябр[яьеё]',
  'октябр[яьеё]',
  'ноябр[яьеё]',
  'декабр[яьеё]',
];

const EN_MONTH = `(${EN_MONTHS.join('|')})(?![a-z])`;
const RU_MONTH = `(${RU_MONTHS.join('|')})(?![а-яё])`;
const DAY = '(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?';
const DAY_LIST = (sep: string) => `${DAY}((?:${S}*(?:${sep})${S}*\\d{1,2}(?!\\d)(?:st|nd|rd|th)?)*)`;
const EN_SEP = '[-–—,&]|to|and|until|till|through';
const RU_SEP = '[-–—,]|по|и|до';
const YEAR = '(\\d{4})(?!\\d)';

const PATTERNS: Record<'en' | 'ru', Array<{ re: RegExp; read: (m: RegExpExecArray, months: RegExp[]) => DateParts[] }>> = {
  en: [
    // 12 January 2024, 1 to 31 January 2024, 12th of January
    { re: new RegExp(`(?<![\\d.])${DAY_LIST(EN_SEP)}${S}+(?:of${S}+)?${EN_MONTH}(?:,?${S}+${YEAR})?`, 'giu'), read: dayListFirst },
    // January 12, 2024, January 10-12
    { re: new RegExp(`(?<![a-z])${EN_MONTH}${S}+${DAY_LIST(EN_SEP)}(?:,?${S}+${YEAR})?`, 'giu'), read: monthFirst },
    // January 2024
    { re: new RegExp(`(?<![a-z])${EN_MONTH},?${S}+${YEAR}`, 'giu'), read: monthYear },
  ],
  ru: [
    // 12 января 2024 года, с 1 по 31 января 2024 г.
    { re: new RegExp(`(?<![\\d.])${DAY_LIST(RU_SEP)}${S}+${RU_MONTH}(?:${S}+${YEAR})?`, 'giu'), read: dayListFirst },
    // в январе 2024 года
    { re: new RegExp(`(?<![а-яё])${RU_MONTH}${S}+${YEAR}`, 'giu'), read: monthYear },
  ],
};

const NUMERIC = [
  // 12.01.2024
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g, read: (m: RegExpExecArray) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! }) },
  // 2024-01-12
  { re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, read: (m: RegExpExecArray) => ({ day: +m[3]!, month: +m[2]!, year: +m[1]! }) },
];

interface DateParts {
  day?: number;
  month: number;
  year?: number;
}

const MONTH_RES = {
  en: EN_MONTHS.map((m) => new RegExp(`^(?:${m})$`, 'iu')),
  ru: RU_MONTHS.map((m) => new RegExp(`^(?:${m})$`, 'iu')),
};

function monthOf(word: string, months: RegExp[]): number {
  // "may" in lower case is the verb (they may 5…); the month is written May or MAY.
  if (word === 'may') return 0;
  return months.findIndex((re) => re.test(word)) + 1;
}

function daysOf(first: string, rest: string): number[] {
  return [Number(first), ...(rest.match(/\d{1,2}/g) ?? []).map(Number)];
}

function dayListFirst(m: RegExpExecArray, months: RegExp[]): DateParts[] {
  const month = monthOf(m[3]!, months);
  const year = m[4] ? Number(m[4]) : undefined;
  return daysOf(m[1]!, m[2] ?? '').map((day) => ({ day, month, year }));
}

function monthFirst(m: RegExpExecArray, months: RegExp[]): DateParts[] {
  const month = monthOf(m[1]!, months);
  const year = m[4] ? Number(m[4]) : undefined;
  return daysOf(m[2]!, m[3] ?? '').map((day) => ({ day, month, year }));
}

function monthYear(m: RegExpExecArray, months: RegExp[]): DateParts[] {
  return [{ month: monthOf(m[1]!, months), year: Number(m[2]) }];
}

function valid(d: DateParts): boolean {
  return d.month >= 1 && d.month <= 12 && (d.day === undefined || (d.day >= 1 && d.day <= 31)) && (d.year === undefined || (d.year >= 1900 && d.year <= 2100));
}

/** Every date of a text, in the order of the text; a range ("1 to 31 January") gives one token per day. */
export function extractDates(text: string, lang: 'en' | 'ru'): DateToken[] {
  const masked = maskLinks(text);
  const taken: Array<[number, number]> = [];
  const tokens: DateToken[] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const add = (m: RegExpExecArray, parts: DateParts[]) => {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) return;
    const ok = parts.filter(valid);
    if (ok.length === 0) return;
    taken.push([start, end]);
    for (const p of ok) tokens.push({ ...p, start, end, text: text.slice(start, end) });
  };
  for (const { re, read } of NUMERIC) for (const m of masked.matchAll(re)) add(m as RegExpExecArray, [read(m as RegExpExecArray)]);
  for (const { re, read } of PATTERNS[lang]) for (const m of masked.matchAll(re)) add(m as RegExpExecArray, read(m as RegExpExecArray, MONTH_RES[lang]));
  return tokens.sort((a, b) => a.start - b.start);
}

/** The same day, as far as both say: a left-out day or year does not contradict. */
export function compatibleDates(a: DateParts, b: DateParts): boolean {
  return (
    a.month === b.month &&
    (a.day === undefined || b.day === undefined || a.day === b.day) &&
    (a.year === undefined || b.year === undefined || a.year === b.year)
  );
}

/** ISO 8601 as far as the date goes: 2024-01-12, 2024-01 or --01-12 (no year). */
export function isoOf(d: DateParts): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.year ?? '-'}-${pad(d.month)}${d.day === undefined ? '' : `-${pad(d.day)}`}`;
}

/** Dates of one side that the other does not hold. Errors. */
export function checkDates(pair: FieldPair, found?: { en: DateToken[]; ru: DateToken[] }): TranslationFinding[] {
  const en = found?.en ?? extractDates(pair.en, 'en');
  const ru = found?.ru ?? extractDates(pair.ru, 'ru');
  if (en.length === 0 && ru.length === 0) return [];
  const onlyEn = dedupe(en.filter((d) => !ru.some((r) => compatibleDates(d, r))));
  const onlyRu = dedupe(ru.filter((d) => !en.some((e) => compatibleDates(d, e))));
  const { pairs, onlyEn: restEn, onlyRu: restRu } = pairUnmatched(onlyEn, onlyRu, (a, b) => a.month === b.month || a.day === b.day);
  const base = { kind: 'dates' as const, severity: SEVERITY_OF.dates, field: pair.field, ...(pair.photo ? { photo: pair.photo } : {}) };
  return [
    ...pairs.map(({ en: e, ru: r }) => ({
      ...base,
      ...excerptsOfPair(pair, e, r),
      message: 'dateMismatch' as const,
      values: { en: e.text, ru: r.text },
      subject: `${isoOf(e)}/${isoOf(r)}`,
    })),
    ...restEn.map((e) => ({ ...base, ...excerptsOfOneSide(pair, e, 'en'), message: 'dateMissingInRu' as const, values: { date: e.text }, subject: isoOf(e) })),
    ...restRu.map((r) => ({ ...base, ...excerptsOfOneSide(pair, r, 'ru'), message: 'dateMissingInEn' as const, values: { date: r.text }, subject: isoOf(r) })),
  ];
}

function dedupe(tokens: DateToken[]): DateToken[] {
  const seen = new Set<string>();
  return tokens.filter((t) => {
    const key = isoOf(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
