import { describe, expect, it } from 'vitest';
import { checkNumbers } from '@/lib/domain/translation-checks/numbers';
import type { FieldPair } from '@/lib/domain/translation-checks/types';

const body = (en: string, ru: string): FieldPair => ({ field: 'body', en, ru });
const messages = (en: string, ru: string) => checkNumbers(body(en, ru)).map((f) => [f.message, f.values]);

describe('checkNumbers', () => {
  it('reads the English thousands comma and every Russian group separator as the same number', () => {
    const en = 'In 2023, 10,773 drug-related crimes were registered in Kazakhstan.';
    for (const space of [' ', '\u00A0', '\u202F']) {
      expect(messages(en, `В 2023 году в Казахстане зарегистрировано 10${space}773 преступления, связанных с наркотиками.`)).toEqual([]);
    }
    expect(messages(en, 'В 2023 году в Казахстане зарегистрировано 10773 преступления.')).toEqual([]);
  });

  it('tells a wrong number once, with both sides', () => {
    const findings = checkNumbers(body('In 2023, 10,773 drug crimes were registered.', 'В 2023 году зарегистрировано 10 733 преступления.'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: 'numbers',
      severity: 'error',
      field: 'body',
      message: 'numberMismatch',
      values: { en: '10,773', ru: '10 733' },
    });
    expect(findings[0]!.en).toContain('10,773');
    expect(findings[0]!.ru).toContain('10 733');
  });

  it('reads the decimal point and the Russian decimal comma', () => {
    expect(messages('The price rose 1.5 times.', 'Цена выросла в 1,5 раза.')).toEqual([]);
    expect(messages('The price rose 1.5 times.', 'Цена выросла в 15 раз.')).toEqual([['numberMismatch', { en: '1.5', ru: '15' }]]);
  });

  it('multiplies thousands, millions and billions in both languages', () => {
    expect(messages('you get 5 thousand tenge', 'получаешь за это 5 тысяч тенге')).toEqual([]);
    expect(messages('you get 5 thousand tenge', 'получаешь за это 5000 тенге')).toEqual([]);
    expect(messages('damage of 2.5 million tenge', 'ущерб в 2,5 млн тенге')).toEqual([]);
    expect(messages('1.2 billion dollars', '1,2 млрд долларов')).toEqual([]);
    expect(messages('you get 5 thousand tenge', 'получаешь за это 50 тысяч тенге')).toEqual([['numberMismatch', { en: '5 thousand', ru: '50 тысяч' }]]);
  });

  it('reads the words two to ten in English and every Russian case form', () => {
    const cases: Array<[string, string]> = [
      ['two countries', 'двух стран'],
      ['two women', 'две женщины'],
      ['three months', 'три месяца'],
      ['four regions', 'четырём регионам'],
      ['five Central Asian countries', 'пяти странам Центральной Азии'],
      ['six schools', 'шести школах'],
      ['seven people', 'семи человек'],
      ['with seven accomplices', 'с семью сообщниками'],
      ['Eight new items were added', 'внесены восемь новых наименований'],
      ['nine districts', 'девятью районами'],
      ['up to ten years', 'до десяти лет'],
      ['Two couriers were detained', 'Задержаны двое курьеров'],
      ['three suspects', 'троих подозреваемых'],
    ];
    for (const [en, ru] of cases) expect(messages(en, ru), `${en} / ${ru}`).toEqual([]);
    expect(messages('two countries', 'трёх стран')).toEqual([['numberMismatch', { en: 'two', ru: 'трёх' }]]);
  });

  it('matches a number word with the same number in digits', () => {
    expect(messages('five years of torment', '5 лет мучений')).toEqual([]);
    expect(messages('8 new substances', 'восемь новых веществ')).toEqual([]);
  });

  it('does not take «семью» (family) or compound words for numbers', () => {
    expect(messages('He supports his family.', 'Он поддерживает семью.')).toEqual([]);
    expect(messages('their four-legged helpers', 'их четвероногие помощники')).toEqual([]);
    expect(messages('twenty-two', 'двадцать два')).toEqual([]);
    expect(messages('twenty two', 'двадцатью двумя')).toEqual([]);
  });

  it('counts article numbers of a code, ages and both years of a range', () => {
    expect(messages('regulated by articles 296 and 297', 'регламентируются статьями 296 и 297')).toEqual([]);
    expect(messages('regulated by articles 296 and 297', 'регламентируются статьями 296 и 298')).toEqual([['numberMismatch', { en: '297', ru: '298' }]]);
    expect(messages('starts at the age of 16', 'наступает с 16 лет')).toEqual([]);
    expect(messages('the Plan for 2023-2025', 'План на 2023-2025 годы')).toEqual([]);
    const range = messages('the Plan for 2023-2025', 'План на 2023-2026 годы');
    expect(range).toEqual([['numberMismatch', { en: '2025', ru: '2026' }]]);
  });

  it('leaves out numbers inside links, e-mail addresses, domain names and phone numbers', () => {
    expect(messages('Source: https://24.kg/proisshestvija/287331_v_oshe/ and 24.kg', 'Источник: https://24.kg/proisshestvija/287331/ и 24.kg')).toEqual([]);
    expect(messages('Write to unit12@caricc.org or call +7 727 259 99 90.', 'Пишите на unit7@caricc.org или звоните +7 727 259 99 91.')).toEqual([]);
  });

  it('tells a number that one side lacks', () => {
    expect(messages('Gymnasium School No. 17 hosted a meeting with 200 pupils.', 'В школе-гимназии №17 прошла встреча с учащимися.')).toEqual([
      ['numberMissingInRu', { number: '200' }],
    ]);
    expect(messages('The school hosted a meeting.', 'В школе-гимназии №17 прошла встреча.')).toEqual([['numberMissingInEn', { number: '17' }]]);
  });

  it('accepts the day of a date as the same number', () => {
    expect(messages('Its first issue was published on 5 December.', 'Его первый номер вышел 5 декабря.')).toEqual([]);
  });

  it('passes the January editions’ own numbers', () => {
    const en =
      'In 2023, 10773 drug-related crimes were registered, of which 826 actions, 569 seminars, 6017 lectures and 1074 other events were held.';
    const ru = 'В 2023 году зарегистрировано 10773 преступления; проведено 826 акций, 569 семинаров, 6017 лекций и 1074 иных мероприятия.';
    expect(messages(en, ru)).toEqual([]);
  });
});
