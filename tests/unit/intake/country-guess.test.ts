import { describe, expect, it } from 'vitest';
import { compilePlaces, guessCountry } from '@/lib/domain/intake/country-guess';

const places = compilePlaces([
  { code: 'KZ', names: ['Kazakhstan', 'Казахстан', 'Republic of Kazakhstan'] },
  { code: 'KG', names: ['Kyrgyzstan', 'Кыргызстан', 'Киргизия'] },
  { code: 'UZ', names: ['Uzbekistan', 'Узбекистан'] },
  { code: 'AF', names: ['Afghanistan', 'Афганистан'] },
  { code: 'TG', names: ['Togo', 'Того'] },
  { code: 'RU', names: ['Russia', 'Россия'] },
]);
const guess = (title: string, summary = '', outletCountry: string | null = null) => guessCountry(places, { title, summary, outletCountry });

describe('country guess', () => {
  it('finds cities and country names in their Russian cases: «в Бишкеке», «Казахстане»', () => {
    expect(guess('В Бишкеке задержали наркокурьера')).toMatchObject({ code: 'KG', source: 'text' });
    expect(guess('Наркотики изъяли в Казахстане').mentions).toEqual([{ code: 'KZ', field: 'title', start: 19, end: 29, text: 'Казахстане' }]);
    expect(guess('казахстанские полицейские провели рейд').code).toBe('KZ');
    expect(guess('Customs in Tashkent seized heroin').code).toBe('UZ');
  });

  it('takes the outlet country when the text names no place, and none without an outlet', () => {
    expect(guess('Сотрудники полиции провели рейд', '', 'KG')).toEqual({ code: 'KG', source: 'outlet', mentions: [] });
    expect(guess('Сотрудники полиции провели рейд')).toEqual({ code: null, source: 'none', mentions: [] });
  });

  it('weighs the title over the summary and the outlet: a Kyrgyz outlet on a seizure in Almaty is Kazakhstan', () => {
    expect(guess('Seizure in Almaty', '', 'KG').code).toBe('KZ');
    // One mention in the summary does not outweigh the outlet's own country.
    expect(guess('Police seized heroin', 'The courier came from Afghanistan', 'KG').code).toBe('KG');
    // Two summary mentions against the outlet: a tie goes to the outlet.
    expect(guess('Police seized heroin', 'Afghanistan, Kabul', 'KG').code).toBe('KG');
    expect(guess('Police seized heroin', 'Afghanistan, Kabul, Herat', 'KG').code).toBe('AF');
  });

  it('does not take a common word for a place: «того» is not Togo, lower-case «ош» is not Osh', () => {
    expect(guess('В результате того, что курьер', '', null).code).toBeNull();
    expect(guess('Того', '', null).code).toBeNull();
    expect(guess('Наркотики в Оше', '', null).code).toBe('KG');
  });

  it('only guesses countries of the countries table', () => {
    const few = compilePlaces([{ code: 'KZ', names: ['Kazakhstan'] }]);
    expect(guessCountry(few, { title: 'Seizure in Bishkek', summary: '', outletCountry: 'XX' })).toEqual({ code: null, source: 'none', mentions: [] });
  });
});
