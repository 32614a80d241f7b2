import { describe, expect, it } from 'vitest';
import { compileTermbase, findTerms, namesTerm, type Term } from '@/lib/domain/termbase-match';

function term(partial: Partial<Term> & Pick<Term, 'en' | 'ru'>): Term {
  return { variantsEn: [], variantsRu: [], forbiddenEn: [], forbiddenRu: [], category: 'agency', note: '', ...partial };
}

const knb = term({ en: 'National Security Committee', ru: 'Комитет национальной безопасности', variantsRu: ['КНБ'], variantsEn: ['NSC'] });
const kyrgyzstan = term({ en: 'Kyrgyzstan', ru: 'Кыргызстан', forbiddenRu: ['Киргизия'], category: 'place' });
const mia = term({ en: 'Ministry of Internal Affairs', ru: 'Министерство внутренних дел', variantsRu: ['МВД'], variantsEn: ['MIA'] });
const miaKr = term({ en: 'Ministry of Internal Affairs of the Kyrgyz Republic', ru: 'Министерство внутренних дел Кыргызской Республики' });
const zhambyl = term({ en: 'Zhambyl region', ru: 'Жамбылская область', category: 'place' });
const hashish = term({ en: 'hashish', ru: 'гашиш', category: 'drug' });
const osh = term({ en: 'Osh', ru: 'Ош', category: 'place' });
const terms = [knb, kyrgyzstan, mia, miaKr, zhambyl, hashish, osh];

describe('findTerms', () => {
  it('matches an inflected Russian phrase against the dictionary form', () => {
    const spans = findTerms('Сотрудники Комитета национальной безопасности задержали курьера.', 'ru', terms);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ text: 'Комитета национальной безопасности', term: knb, form: 'preferred' });
  });

  it('matches the other cases of a place name and a drug', () => {
    const text = 'В Жамбылской области изъято 12 кг гашиша; в Жамбылскую область доставлен груз.';
    const found = findTerms(text, 'ru', terms).map((s) => [s.text, s.term.en]);
    expect(found).toEqual([
      ['Жамбылской области', 'Zhambyl region'],
      ['гашиша', 'hashish'],
      ['Жамбылскую область', 'Zhambyl region'],
    ]);
  });

  it('allows at most one extra word between the words of a term', () => {
    expect(findTerms('Комитета государственной национальной безопасности', 'ru', [knb])).toHaveLength(1);
    expect(findTerms('Комитета по делам национальной безопасности', 'ru', [knb])).toHaveLength(0);
  });

  it('does not join words across a line break', () => {
    expect(findTerms('Комитета национальной\nбезопасности', 'ru', [knb])).toHaveLength(0);
  });

  it('prefers the longest term and reports spans left to right without overlaps', () => {
    const spans = findTerms('officers of the Ministry of Internal Affairs of the Kyrgyz Republic in Osh', 'en', terms);
    expect(spans.map((s) => s.term.en)).toEqual(['Ministry of Internal Affairs of the Kyrgyz Republic', 'Osh']);
    expect(spans[0]!.text).toBe('Ministry of Internal Affairs of the Kyrgyz Republic');
    expect(spans[1]!.start).toBe('officers of the Ministry of Internal Affairs of the Kyrgyz Republic in '.length);
  });

  it('stems English plurals and possessives', () => {
    const spans = findTerms("Kyrgyzstan's police seized hashish; the Ministries of Internal Affairs met.", 'en', terms);
    expect(spans.map((s) => s.term.en)).toEqual(['Kyrgyzstan', 'hashish', 'Ministry of Internal Affairs']);
  });

  it('finds abbreviations as written, case included, as accepted variants', () => {
    const spans = findTerms('Сотрудники КНБ и МВД; кнб не аббревиатура.', 'ru', terms);
    expect(spans.map((s) => [s.text, s.form])).toEqual([
      ['КНБ', 'variant'],
      ['МВД', 'variant'],
    ]);
  });

  it('marks a forbidden variant, in any case form', () => {
    const spans = findTerms('Граница с Киргизией закрыта.', 'ru', terms);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ text: 'Киргизией', form: 'forbidden', term: kyrgyzstan });
  });

  it('requires a short stem to be equal, not a prefix', () => {
    expect(findTerms('В г. Оше задержан', 'ru', [osh]).map((s) => s.text)).toEqual(['Оше']);
    expect(findTerms('Ошибка оператора', 'ru', [osh])).toHaveLength(0);
  });

  it('accepts a compiled termbase and an empty text', () => {
    const compiled = compileTermbase(terms, 'en');
    expect(findTerms('The National Security Committee of Kyrgyzstan', 'en', compiled).map((s) => s.term)).toEqual([knb, kyrgyzstan]);
    expect(findTerms('', 'en', compiled)).toEqual([]);
    expect(findTerms('anything', 'en', [])).toEqual([]);
  });

  it('folds ё to е', () => {
    const t = term({ en: 'precursors', ru: 'прекурсоры', category: 'drug' });
    expect(namesTerm('прекурсорами', 'ru', t)).toBe(true);
    const e = term({ en: 'mushrooms', ru: 'грибы ёлочные', category: 'drug' });
    expect(namesTerm('грибы елочные', 'ru', e)).toBe(true);
  });
});
