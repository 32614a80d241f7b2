import type { Lang } from './lang';

/**
 * The one way the interface writes dates, per interface language (the PDF keeps the release's own
 * printed forms, lib/domain/period.ts). Three kinds:
 *   date        15 January 2024              15 января 2024 г.
 *   date+time   15 January 2024 at 14:05     15 января 2024 г. в 14:05
 *   month+year  January 2024                 январь 2024 г.
 * English is British (day before month, as the release prints it), not the US default of `en`.
 * Calendar dates (YYYY-MM-DD, an event's date) have no time zone and are written as stored;
 * moments (ISO timestamps) are shown in the newsroom's time zone.
 */
export const NEWSROOM_TIME_ZONE = 'Asia/Almaty';

const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU' };

const DATE = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(INTL_LOCALE[lang], options);
    cache.set(key, found);
  }
  return found;
}

const asLang = (locale: string): Lang => (locale === 'ru' ? 'ru' : 'en');

/** A calendar date (YYYY-MM-DD) or the day of a moment (ISO timestamp, in the newsroom's zone). */
export function formatDate(value: string | Date, locale: string): string {
  const lang = asLang(locale);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatter(lang, 'day-utc', { ...DATE, timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  }
  return formatter(lang, 'day', { ...DATE, timeZone: NEWSROOM_TIME_ZONE }).format(toDate(value));
}

/** A moment (ISO timestamp) with its time of day, in the newsroom's time zone. */
export function formatDateTime(value: string | Date, locale: string): string {
  return formatter(asLang(locale), 'moment', { ...DATE, ...TIME, timeZone: NEWSROOM_TIME_ZONE }).format(toDate(value));
}

/** Only the time of day of a moment (e.g. "locked until 14:05", the same day). */
export function formatTime(value: string | Date, locale: string): string {
  return formatter(asLang(locale), 'time', { ...TIME, timeZone: NEWSROOM_TIME_ZONE }).format(toDate(value));
}

/** A month of a year (a calendar date YYYY-MM-DD or YYYY-MM): "January 2024", «январь 2024 г.». */
export function formatMonthYear(value: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(value);
  if (!m) throw new Error(`Not a month (YYYY-MM): ${value}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return formatter(asLang(locale), 'month', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function toDate(value: string | Date): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${String(value)}`);
  return date;
}

/**
 * An issue's period (two calendar dates) in the interface's form: a whole calendar month as its month
 * and year ("January 2024"), any other span as a range of dates ("15 January – 14 February 2024").
 * The PDF prints the release's own cover form instead (formatCoverPeriod in lib/domain/period.ts).
 */
export function formatPeriod(start: string, end: string, locale: string): string {
  const lang = asLang(locale);
  const [a, b] = [new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`)];
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) throw new Error(`Not a period: ${start}..${end}`);
  const lastOfMonth = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + 1, 0));
  if (a.getUTCDate() === 1 && b.getTime() === lastOfMonth.getTime()) return formatMonthYear(start, lang);
  return formatter(lang, 'day-utc', { ...DATE, timeZone: 'UTC' }).formatRange(a, b);
}

const DAY_PARTS = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: NEWSROOM_TIME_ZONE });

/** The calendar date (YYYY-MM-DD) of a moment in the newsroom's time zone (a report's day, today). */
export function newsroomDay(moment: Date | string): string | null {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return null;
  const parts = Object.fromEntries(DAY_PARTS.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
