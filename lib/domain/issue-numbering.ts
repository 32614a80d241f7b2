import { parseIsoDate, previousMonth, type DateParts } from './period';

/** Issues are numbered from 1 within each year; the next one follows the highest number taken. */
export function nextIssueNumber(taken: readonly number[]): number {
  return taken.reduce((max, n) => Math.max(max, n), 0) + 1;
}

/**
 * The years an issue may belong to, everywhere: the issue forms and services refuse others, and
 * the public URLs (/releases/YEAR/NUMBER) answer only these, so every issue that can be published
 * has an address that works.
 */
export const ISSUE_YEAR_MIN = 2000;
export const ISSUE_YEAR_MAX = 2100;

export function isIssueYear(year: number): boolean {
  return Number.isInteger(year) && year >= ISSUE_YEAR_MIN && year <= ISSUE_YEAR_MAX;
}

/** Issue numbers run from 1 to this within a year (three digits in the URL). */
export const ISSUE_NUMBER_MAX = 999;

/** An issue belongs to the year in which its period ends ("Almaty - 2024"). */
export function issueYearOf(period: { end: string }): number {
  return parseIsoDate(period.end).year;
}

/**
 * The number a new issue would get for a period ending on `periodEnd`, given the numbers taken in
 * each year: what the new-issue form shows, live, as the period changes. Null for a date that is not
 * complete or not in the allowed years.
 */
export function proposedIssueNumber(periodEnd: string, takenByYear: Readonly<Record<number, readonly number[]>>): { year: number; number: number } | null {
  let year: number;
  try {
    year = issueYearOf({ end: periodEnd });
  } catch {
    return null;
  }
  if (!isIssueYear(year)) return null;
  return { year, number: nextIssueNumber(takenByYear[year] ?? []) };
}

/** The period a new issue proposes: the calendar month before today. */
export function defaultIssuePeriod(today: Date): { start: string; end: string } {
  const parts: DateParts = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() };
  return previousMonth(parts);
}

/** The name of an edition file inside its issue folder: r1-en.pdf, r2-ru.pdf. */
export function releaseFileName(revision: number, lang: string): string {
  return `r${revision}-${lang}.pdf`;
}

/** Where an issue's edition files live, relative to the data directory. */
export function releaseFolder(year: number, number: number): string {
  return `releases/${year}/${number}`;
}
