import { describe, expect, it } from 'vitest';
import { checkTermbase } from '@/lib/domain/translation-checks/termbase';
import { compileTermbase, type Term } from '@/lib/domain/termbase-match';

function term(partial: Partial<Term> & Pick<Term, 'en' | 'ru'>): Term {
  return { variantsEn: [], variantsRu: [], forbiddenEn: [], forbiddenRu: [], category: 'agency', note: '', ...partial };
}

const knb = term({ en: 'National Security Committee', ru: 'Комитет национальной безопасности', variantsRu: ['КНБ'], variantsEn: ['NSC'] });
const kyrgyzstan = term({ en: 'Kyrgyzstan', ru: 'Кыргызстан', forbiddenRu: ['Киргизия'], category: 'place' });
const mia = term({ en: 'Ministry of Internal Affairs', ru: 'Министерство внутренних дел', variantsRu: ['МВД'], variantsEn: ['MIA'] });
const miaKg = term({ en: 'Ministry of Internal Affairs of the Kyrgyz Republic', ru: 'Министерство внутренних дел Кыргызской Республики' });
const hashish = term({ en: 'hashish', ru: 'гашиш', category: 'drug' });
const terms = [knb, kyrgyzstan, mia, miaKg, hashish];

const check = (en: string, ru: string) => checkTermbase({ field: 'body', en, ru }, terms).map((f) => [f.message, f.values]);

describe('checkTermbase', () => {
  it('accepts the approved form inflected and an accepted abbreviation', () => {
    expect(check('Officers of the National Security Committee seized hashish.', 'Сотрудники Комитета национальной безопасности изъяли гашиш.')).toEqual([]);
    expect(check('Officers of the National Security Committee seized hashish.', 'Сотрудники КНБ изъяли партию гашиша.')).toEqual([]);
  });

  it('warns about a term whose approved form the other side lacks, in both directions', () => {
    const findings = checkTermbase({ field: 'body', en: 'The National Security Committee seized hashish.', ru: 'Служба безопасности изъяла гашиш.' }, terms);
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'termbase',
        severity: 'warning',
        message: 'termMissingInRu',
        values: { term: 'National Security Committee', expected: 'Комитет национальной безопасности' },
      }),
    ]);
    expect(findings[0]!.en).toContain('National Security Committee');
    expect(check('Officers seized a drug.', 'Сотрудники изъяли партию гашиша.')).toEqual([['termMissingInEn', { term: 'гашиша', expected: 'hashish' }]]);
  });

  it('warns about a forbidden variant, once, and not also as a missing term', () => {
    expect(check('Kyrgyzstan and Kyrgyzstan', 'Киргизия и Киргизия')).toEqual([['termForbidden', { variant: 'Киргизия', approved: 'Кыргызстан' }]]);
  });

  it('takes a shorter term on the other side as standing for the longer one', () => {
    expect(check('officers of the Ministry of Internal Affairs of the Kyrgyz Republic', 'сотрудники МВД Кыргызской Республики')).toEqual([]);
  });

  it('works with a termbase compiled once for both languages, and with none', () => {
    const compiled = { en: compileTermbase(terms, 'en'), ru: compileTermbase(terms, 'ru') };
    expect(checkTermbase({ field: 'body', en: 'hashish', ru: 'героин' }, compiled).map((f) => f.message)).toEqual(['termMissingInRu']);
    expect(checkTermbase({ field: 'body', en: 'hashish', ru: 'героин' }, [])).toEqual([]);
  });

  it('accepts a looser naming on the other side: every word of the term but one, in any form', () => {
    const drugs = term({ en: 'narcotic drugs', ru: 'наркотические средства', variantsRu: ['наркотики'], category: 'drug' });
    const unk = term({ en: 'Drug Control Department', ru: 'Главное управление по контролю за оборотом наркотиков', variantsRu: ['ГУНК'] });
    const found = (en: string, ru: string) => checkTermbase({ field: 'body', en, ru }, [drugs, unk]).map((f) => f.message);
    expect(found('the harm of drugs', 'о вреде наркотиков')).toEqual([]);
    expect(found('officers of the Drug Control Department', 'сотрудники Управления по контролю за оборотом наркотиков')).toEqual([]);
    expect(found('officers of the Drug Control Department', 'сотрудники полиции')).toEqual(['termMissingInRu']);
  });

  it('takes a forbidden variant only as written, not a word sharing its stem', () => {
    const turkmenistan = term({ en: 'Turkmenistan', ru: 'Туркменистан', forbiddenRu: ['Туркмения'], category: 'place' });
    const found = (en: string, ru: string) => checkTermbase({ field: 'body', en, ru }, [turkmenistan]).map((f) => f.message);
    expect(found('sectors of the Turkmen economy', 'секторах туркменской экономики')).toEqual([]);
    expect(found('talks in Turkmenistan', 'переговоры в Туркмении')).toEqual(['termForbidden']);
  });

  it('says nothing about terms when the other side is empty', () => {
    expect(check('hashish', '')).toEqual([]);
  });
});
