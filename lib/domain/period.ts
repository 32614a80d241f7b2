import type { Lang } from './lang';

/** A calendar date as YYYY-MM-DD, without time zones. */
export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

export function parseIsoDate(value: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new Error(`Not a date (YYYY-MM-DD): ${value}`);
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (check.getUTCMonth() !== parts.month - 1 || check.getUTCDate() !== parts.day) {
    throw new Error(`No such date: ${value}`);
  }
  return parts;
}

export function toIsoDate({ year, month, day }: DateParts): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Cover form: 01-31.01.2024, or 15.01-14.02.2024 across months, or 15.12.2023-14.01.2024 across years. */
export function formatCoverPeriod(start: string, end: string): string {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (a.year !== b.year) return `${pad(a.day)}.${pad(a.month)}.${a.year}-${pad(b.day)}.${pad(b.month)}.${b.year}`;
  if (a.month !== b.month) return `${pad(a.day)}.${pad(a.month)}-${pad(b.day)}.${pad(b.month)}.${b.year}`;
  return `${pad(a.day)}-${pad(b.day)}.${pad(b.month)}.${b.year}`;
}

/** Reads the cover form back (the inverse of formatCoverPeriod); null when it is not one. */
export function parseCoverPeriod(text: string): { start: string; end: string } | null {
  const s = text.trim();
  let m = /^(\d{1,2})\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return safePeriod(+m[4]!, +m[3]!, +m[1]!, +m[4]!, +m[3]!, +m[2]!);
  m = /^(\d{1,2})\.(\d{1,2})\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return safePeriod(+m[5]!, +m[2]!, +m[1]!, +m[5]!, +m[4]!, +m[3]!);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return safePeriod(+m[3]!, +m[2]!, +m[1]!, +m[6]!, +m[5]!, +m[4]!);
  return null;
}

function safePeriod(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number) {
  try {
    const start = toIsoDate({ year: y1, month: m1, day: d1 });
    const end = toIsoDate({ year: y2, month: m2, day: d2 });
    parseIsoDate(start);
    parseIsoDate(end);
    return start <= end ? { start, end } : null;
  } catch {
    return null;
  }
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Russian months in the genitive, as after a day number: «1 января». */
const MONTHS_RU_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/**
 * Summary form: "from 1 to 31 January 2024" / «с 1 по 31 января 2024 года»;
 * across months "from 15 January to 14 February 2024" / «с 15 января по 14 февраля 2024 года».
 */
export function formatSummaryPeriod(start: string, end: string, lang: Lang): string {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  const months = lang === 'en' ? MONTHS_EN : MONTHS_RU_GENITIVE;
  const monthOf = (p: DateParts) => months[p.month - 1]!;
  const yearOf = (p: DateParts) => (lang === 'en' ? `${p.year}` : `${p.year} года`);
  let first: string;
  if (a.year !== b.year) first = `${a.day} ${monthOf(a)} ${yearOf(a)}`;
  else if (a.month !== b.month) first = `${a.day} ${monthOf(a)}`;
  else first = `${a.day}`;
  const second = `${b.day} ${monthOf(b)} ${yearOf(b)}`;
  return lang === 'en' ? `from ${first} to ${second}` : `с ${first} по ${second}`;
}

/** The calendar month before the given date: the default period of a new issue. */
export function previousMonth(today: DateParts): { start: string; end: string } {
  const year = today.month === 1 ? today.year - 1 : today.year;
  const month = today.month === 1 ? 12 : today.month - 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { start: toIsoDate({ year, month, day: 1 }), end: toIsoDate({ year, month, day: lastDay }) };
}
