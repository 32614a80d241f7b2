import { describe, expect, it } from 'vitest';
import { compileTermbase, type Term } from '@/lib/domain/termbase-match';
import { findSlots, formatNumber, numberValue, placeholderKey } from '@/lib/domain/tm-slots';
import { adaptSuggestion } from '@/lib/domain/tm-adapt';

function term(en: string, ru: string, category: Term['category'] = 'place'): Term {
  return { en, ru, variantsEn: [], variantsRu: [], forbiddenEn: [], forbiddenRu: [], category, note: '' };
}
const terms = [term('Zhambyl region', 'Жамбылская область'), term('Almaty region', 'Алматинская область'), term('hashish', 'гашиш', 'drug'), term('heroin', 'героин', 'drug')];
const tb = { en: compileTermbase(terms, 'en'), ru: compileTermbase(terms, 'ru') };

describe('numbers', () => {
  it('reads and writes numbers the way each language does', () => {
    expect(numberValue('10,773', 'en')).toBe('10773');
    expect(numberValue('10 773', 'ru')).toBe('10773');
    expect(numberValue('1,5', 'ru')).toBe('1.5');
    expect(formatNumber('10773', 'ru')).toBe('10\u00A0773');
    expect(formatNumber('10773', 'en')).toBe('10,773');
    expect(formatNumber('1.5', 'ru')).toBe('1,5');
    expect(formatNumber('2024', 'ru')).toBe('2024');
  });
});

describe('findSlots', () => {
  it('finds numbers with units, months, numeric dates and termbase names', () => {
    const slots = findSlots('On 12 January police seized 1,500 kg of hashish in Zhambyl region (12.01.2024).', 'en', tb.en);
    expect(slots.map((s) => [s.kind, s.value])).toEqual([
      ['number', '12'],
      ['month', '0'],
      ['number', '1500'],
      ['unit', 'kg'],
      ['term', `${'hashish'}\u0000гашиш`],
      ['term', 'Zhambyl region\u0000Жамбылская область'],
      ['date', '12.01.2024'],
    ]);
  });

  it('does not take a year followed by «г.» for grams', () => {
    const slots = findSlots('В 2024 г. изъято 5 г героина.', 'ru', tb.ru);
    expect(slots.map((s) => s.kind)).toEqual(['number', 'number', 'unit', 'term']);
  });
});

describe('placeholderKey', () => {
  it('gives two seizures that differ only in values the same key', () => {
    const a = placeholderKey('Police seized 12 kg of hashish in Zhambyl region.', 'en', tb.en);
    const b = placeholderKey('Police seized 15 kg of heroin in Almaty region.', 'en', tb.en);
    expect(a).toBe(b);
    expect(a).not.toContain('12');
  });
});

describe('adaptSuggestion', () => {
  it('puts the current numbers and names into the memory translation, inflected like the memory', () => {
    const adapted = adaptSuggestion({
      memorySource: 'Police seized 15 kg of heroin in Almaty region on 3 February.',
      memoryTarget: 'В Алматинской области 3 февраля полиция изъяла 15 кг героина.',
      current: 'Police seized 12 kg of hashish in Zhambyl region on 21 January.',
      sourceLang: 'en',
      targetLang: 'ru',
      termbase: { source: tb.en, target: tb.ru },
    });
    expect(adapted.text).toBe('В Жамбылской области 21 января полиция изъяла 12 кг гашиша.');
    expect(adapted.replaced).toBe(5);
  });

  it('writes numbers in the target language and leaves an equal value alone', () => {
    const adapted = adaptSuggestion({
      memorySource: 'Изъято 2 500 таблеток и 1,5 кг.',
      memoryTarget: 'Seized 2,500 tablets and 1.5 kg.',
      current: 'Изъято 10 773 таблеток и 1,5 кг.',
      sourceLang: 'ru',
      targetLang: 'en',
      termbase: { source: tb.ru, target: tb.en },
    });
    expect(adapted).toEqual({ text: 'Seized 10,773 tablets and 1.5 kg.', replaced: 1 });
  });
});
