import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonthYear, formatPeriod, formatTime } from '@/lib/domain/date-format';

describe('one date format per interface language', () => {
  it('writes a calendar date as stored, whatever the machine’s time zone', () => {
    expect(formatDate('2024-01-05', 'en')).toBe('5 January 2024');
    expect(formatDate('2024-01-05', 'ru')).toBe('5 января 2024 г.');
    expect(formatDate('2024-12-31', 'en')).toBe('31 December 2024');
  });

  it('writes a moment in the newsroom’s time zone (Almaty), with the time of day in 24 hours', () => {
    // 20:30 UTC on 31 December is already 1 January in Almaty (UTC+6 then).
    expect(formatDate('2023-12-31T20:30:00.000Z', 'en')).toBe('1 January 2024');
    expect(formatDateTime('2024-01-15T09:05:00.000Z', 'en')).toBe('15 January 2024 at 15:05');
    expect(formatDateTime('2024-01-15T09:05:00.000Z', 'ru')).toBe('15 января 2024 г. в 15:05');
    expect(formatTime('2024-01-15T09:05:00.000Z', 'ru')).toBe('15:05');
  });

  it('writes a month of a year, and an issue’s period as its month or as a range of dates', () => {
    expect(formatMonthYear('2024-01-31', 'en')).toBe('January 2024');
    expect(formatMonthYear('2024-01', 'ru')).toBe('январь 2024 г.');
    expect(formatPeriod('2024-02-01', '2024-02-29', 'en')).toBe('February 2024');
    expect(formatPeriod('2024-02-01', '2024-02-29', 'ru')).toBe('февраль 2024 г.');
    // ICU puts thin or no-break spaces around the dash; the words and the order are what matter.
    const spaced = (text: string) => text.replace(/\s/g, ' ');
    expect(spaced(formatPeriod('2024-01-15', '2024-02-14', 'en'))).toBe('15 January – 14 February 2024');
    expect(spaced(formatPeriod('2024-01-15', '2024-02-14', 'ru'))).toBe('15 января – 14 февраля 2024 г.');
    expect(spaced(formatPeriod('2024-02-01', '2024-02-28', 'en'))).toMatch(/^1 ?– ?28 February 2024$/);
  });

  it('falls back to English for an unknown locale, and refuses what is not a date', () => {
    expect(formatDate('2024-01-05', 'de')).toBe('5 January 2024');
    expect(() => formatDate('yesterday', 'en')).toThrow();
  });
});
