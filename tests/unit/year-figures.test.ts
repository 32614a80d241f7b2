import { describe, expect, it } from 'vitest';
import { yearFigures, yearFiguresCsv } from '@/lib/domain/year-figures';
import { shortMonthNames } from '@/lib/domain/month-names';

const countries = [
  { code: 'KZ', name: 'Kazakhstan' },
  { code: 'KG', name: 'Kyrgyzstan' },
  { code: 'CN', name: 'China' },
];

describe('yearFigures', () => {
  it('adds up per country and month in the publication order, with totals', () => {
    const figures = yearFigures(2024, [
      { month: 1, countryCode: 'CN', count: 1 },
      { month: 1, countryCode: 'KZ', count: 16 },
      { month: 2, countryCode: 'KZ', count: 3 },
      { month: 2, countryCode: 'KG', count: 2 },
    ], countries);
    expect(figures.countries.map((c) => [c.code, c.perMonth.slice(0, 3), c.total])).toEqual([
      ['KZ', [16, 3, 0], 19],
      ['KG', [0, 2, 0], 2],
      ['CN', [1, 0, 0], 1],
    ]);
    expect(figures.monthTotals.slice(0, 3)).toEqual([17, 5, 0]);
    expect(figures.total).toBe(22);
  });
});

describe('yearFiguresCsv', () => {
  it('writes a header, a row per country and totals, quoting what needs it and defusing formulas', () => {
    const figures = yearFigures(2024, [{ month: 3, countryCode: 'XX', count: 2 }], [{ code: 'XX', name: '=HYPERLINK("x"), Inc' }]);
    const csv = yearFiguresCsv(figures, { country: 'Country', total: 'Total', months: shortMonthNames('en') });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Country,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Total');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x""), Inc",0,0,2,0,0,0,0,0,0,0,0,0,2`);
    expect(lines[2]).toBe('Total,0,0,2,0,0,0,0,0,0,0,0,0,2');
  });

  it('names the months in Russian', () => {
    expect(shortMonthNames('ru')[0]).toMatch(/^янв/);
  });
});
