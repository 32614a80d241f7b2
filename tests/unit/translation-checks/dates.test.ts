import { describe, expect, it } from 'vitest';
import { checkDates, extractDates, isoOf } from '@/lib/domain/translation-checks/dates';
import type { FieldPair } from '@/lib/domain/translation-checks/types';

const body = (en: string, ru: string): FieldPair => ({ field: 'body', en, ru });
const messages = (en: string, ru: string) => checkDates(body(en, ru)).map((f) => [f.message, f.values]);
const iso = (text: string, lang: 'en' | 'ru') => extractDates(text, lang).map(isoOf);

describe('extractDates', () => {
  it('reads the English forms', () => {
    expect(iso('On January 12, 2024 the raid began.', 'en')).toEqual(['2024-01-12']);
    expect(iso('On 12 January 2024 the raid began.', 'en')).toEqual(['2024-01-12']);
    expect(iso('On 12.01.2024 the raid began.', 'en')).toEqual(['2024-01-12']);
    expect(iso('On 24 January officers met students.', 'en')).toEqual(['--01-24']);
    expect(iso('ON 18 JANUARY STICKERS WERE PUT', 'en')).toEqual(['--01-18']);
    expect(iso('In January 2024 the list was expanded.', 'en')).toEqual(['2024-01']);
    expect(iso('In the period from 1 to 31 January 2024', 'en')).toEqual(['2024-01-01', '2024-01-31']);
  });

  it('reads the Russian forms, with and without «года»', () => {
    expect(iso('Операция началась 12 января 2024 года.', 'ru')).toEqual(['2024-01-12']);
    expect(iso('Операция началась 12.01.2024.', 'ru')).toEqual(['2024-01-12']);
    expect(iso('18 января сотрудники полиции', 'ru')).toEqual(['--01-18']);
    expect(iso('в январе 2024 года перечень расширен', 'ru')).toEqual(['2024-01']);
    expect(iso('В период с 1 по 31 января 2024 года', 'ru')).toEqual(['2024-01-01', '2024-01-31']);
    expect(iso('с 5 по 7 марта', 'ru')).toEqual(['--03-05', '--03-07']);
  });

  it('does not take the verb "may" or a range of years for a date', () => {
    expect(iso('They may 5 times a year…', 'en')).toEqual([]);
    expect(iso('the Plan for 2023-2025', 'en')).toEqual([]);
  });
});

describe('checkDates', () => {
  it('accepts the same day written the English and the Russian way', () => {
    expect(messages('On January 12, 2024 the operation began.', 'Операция началась 12 января 2024 года.')).toEqual([]);
    expect(messages('On 12 January 2024 the operation began.', 'Операция началась 12.01.2024.')).toEqual([]);
    expect(messages('On 12.01.2024 the operation began.', 'Операция началась 12 января 2024 года.')).toEqual([]);
  });

  it('accepts a date whose year one side leaves out', () => {
    expect(messages('On January 24, 2024, officers met students.', '24 января сотрудники встретились со студентами.')).toEqual([]);
  });

  it('tells a different day as one error with both dates', () => {
    const findings = checkDates(body('On January 12, 2024 the operation began.', 'Операция началась 13 января 2024 года.'));
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'dates', severity: 'error', message: 'dateMismatch', values: { en: 'January 12, 2024', ru: '13 января 2024' } }),
    ]);
  });

  it('tells a different month and a date one side lacks', () => {
    expect(messages('on 12 January', '12 февраля')).toEqual([['dateMismatch', { en: '12 January', ru: '12 февраля' }]]);
    expect(messages('The raid took place on 5 March.', 'Рейд состоялся недавно.')).toEqual([['dateMissingInRu', { date: '5 March' }]]);
  });
});
