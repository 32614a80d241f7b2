import { describe, expect, it } from 'vitest';
import { checkUnits } from '@/lib/domain/translation-checks/units';
import { checkNumbers } from '@/lib/domain/translation-checks/numbers';
import { extractQuantities } from '@/lib/domain/translation-checks/quantities';
import type { FieldPair } from '@/lib/domain/translation-checks/types';

const body = (en: string, ru: string): FieldPair => ({ field: 'body', en, ru });
const messages = (en: string, ru: string) => checkUnits(body(en, ru)).map((f) => [f.message, f.values]);
const unitOf = (text: string, lang: 'en' | 'ru') => extractQuantities(text, lang).map((q) => `${q.value}${q.unit?.code ?? ''}`);

describe('checkUnits', () => {
  it('tells «150 кг» for 15 kg as one error with both quantities', () => {
    const findings = checkUnits(body('Police seized 15 kg of heroin in the Zhambyl region.', 'В Жамбылской области полицейские изъяли 150 кг героина.'));
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'units', severity: 'error', message: 'unitMismatch', values: { en: '15 kg', ru: '150 кг' } }),
    ]);
    // The same mistake is not told again as a number.
    expect(checkNumbers(body('Police seized 15 kg of heroin.', 'Полицейские изъяли 150 кг героина.'))).toEqual([]);
  });

  it('reads each unit in both languages, in every Russian form', () => {
    const cases: Array<[string, string, string]> = [
      ['15 kg', '15 кг', '15kg'],
      ['50 kilograms', '50 килограммов', '50kg'],
      ['2 kilograms', '2 килограмма', '2kg'],
      ['250 g', '250 г', '250g'],
      ['250 grams', '250 граммов', '250g'],
      ['1 gram', '1 грамм', '1g'],
      ['3 t', '3 т', '3t'],
      ['3 tons', '3 тонны', '3t'],
      ['12 tonnes', '12 тонн', '12t'],
      ['5 l', '5 л', '5l'],
      ['5 litres', '5 литров', '5l'],
      ['40 liters', '40 литрах', '40l'],
      ['500 pcs', '500 шт.', '500pcs'],
      ['500 pieces', '500 штук', '500pcs'],
      ['120 km', '120 км', '120km'],
      ['120 kilometres', '120 километров', '120km'],
      ['30%', '30 %', '30%'],
      ['30 percent', '30 процентов', '30%'],
      ['17 years old', '17 лет', '17years'],
      ['a 17-year-old', '17-летнего', '17years'],
      ['ten years', 'десяти лет', '10years'],
    ];
    for (const [en, ru, key] of cases) {
      expect(unitOf(en, 'en'), en).toContain(key);
      expect(unitOf(ru, 'ru'), ru).toContain(key);
      expect(messages(`Seized ${en}.`, `Изъято ${ru}.`), `${en} / ${ru}`).toEqual([]);
    }
  });

  it('compares amounts across units: 1.5 t is 1500 кг, 0.5 kg is 500 г', () => {
    expect(messages('1.5 tons of hashish', '1500 килограммов гашиша')).toEqual([]);
    expect(messages('1.5 tons of hashish', '1,5 тонны гашиша')).toEqual([]);
    expect(messages('0.5 kg of heroin', '500 граммов героина')).toEqual([]);
    expect(messages('1.5 tons of hashish', '150 килограммов гашиша')).toEqual([['unitMismatch', { en: '1.5 tons', ru: '150 килограммов' }]]);
  });

  it('tells the same number with another unit', () => {
    expect(messages('15 kg of heroin', '15 г героина')).toEqual([['unitMismatch', { en: '15 kg', ru: '15 г' }]]);
    expect(messages('5 litres of acetic anhydride', '50 литров уксусного ангидрида')).toEqual([['unitMismatch', { en: '5 litres', ru: '50 литров' }]]);
    expect(messages('500 pcs of tablets', '5000 штук таблеток')).toEqual([['unitMismatch', { en: '500 pcs', ru: '5000 штук' }]]);
    expect(messages('crime fell by 30%.', 'преступность снизилась на 3%.')).toEqual([['unitMismatch', { en: '30%', ru: '3%' }]]);
    expect(messages('A 17-year-old was detained.', 'Задержан 16-летний юноша.')).toEqual([['unitMismatch', { en: '17-year-old', ru: '16-летний' }]]);
  });

  it('accepts the number without its unit on the other side (the unit is in the words around it)', () => {
    expect(messages('criminal liability starts from the age of 16', 'уголовная ответственность наступает с 16 лет')).toEqual([]);
  });

  it('takes «2024 г.» and «2024 году» for a year, not for grams or an age', () => {
    expect(unitOf('в 2024 г. изъято 5 г', 'ru')).toEqual(['2024', '5g']);
    expect(unitOf('в 2024 году', 'ru')).toEqual(['2024']);
  });

  it('tells a quantity that the other side lacks', () => {
    expect(messages('They seized 12 kg of hashish and a car.', 'Они изъяли автомобиль.')).toEqual([['unitMissingInRu', { quantity: '12 kg' }]]);
  });
});
