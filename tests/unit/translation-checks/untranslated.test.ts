import { describe, expect, it } from 'vitest';
import { checkUntranslated, latinRuns } from '@/lib/domain/translation-checks/untranslated';
import type { FieldPair } from '@/lib/domain/translation-checks/types';

const pair = (en: string, ru: string, field: FieldPair['field'] = 'body'): FieldPair => ({ field, en, ru });

describe('checkUntranslated', () => {
  it('tells an empty side as an error, naming the empty language', () => {
    const title = 'КЫРГЫЗСТАН ПРОДОЛЖАЕТ БОРЬБУ С НЕЗАКОННЫМ РАСПРОСТРАНЕНИЕМ НАРКОТИКОВ';
    expect(checkUntranslated(pair('', title, 'title'))).toEqual([
      expect.objectContaining({ kind: 'untranslated', severity: 'error', field: 'title', message: 'emptyEn', en: '', ru: title }),
    ]);
    expect(checkUntranslated(pair('Police officers met students.', '   '))).toEqual([expect.objectContaining({ severity: 'error', message: 'emptyRu' })]);
  });

  it('says nothing when both sides are empty, or about a caption in one language (parity tells it)', () => {
    expect(checkUntranslated(pair('', '', 'digest'))).toEqual([]);
    expect(checkUntranslated({ field: 'photoCaption', photo: 1, en: 'Seized heroin', ru: '' })).toEqual([]);
  });

  it('warns when both sides are the same text', () => {
    expect(checkUntranslated(pair('DRUG POLICE OFFICERS MET WITH COLLEGE STUDENTS', 'DRUG POLICE OFFICERS MET WITH COLLEGE STUDENTS', 'title'))).toEqual([
      expect.objectContaining({ severity: 'warning', message: 'sameText' }),
    ]);
  });

  it('warns about four or more Latin words in the Russian text', () => {
    const findings = checkUntranslated(pair('x', 'Сотрудники полиции провели встречу. Police officers met with the students of the college.'));
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', message: 'latinRun', values: { words: 'Police officers met with the students of the college' } }),
    ]);
  });

  it('leaves out acronyms, links, short names and the termbase names', () => {
    expect(latinRuns('В рамках программы BOMCA-10 и CADAP UNODC EU провели тренинг.')).toEqual([]);
    expect(latinRuns('Подробнее: https://www.gov.kz/memleket/entities/qriim/press/news/details/some-long-path')).toEqual([]);
    expect(latinRuns('журнал «Zhas Zanger» и проект «Young Lawyer»')).toEqual([]);
    expect(latinRuns('Видеоролик опубликован в Telegram и WhatsApp.')).toEqual([]);
    const name = 'United Nations Office on Drugs and Crime';
    expect(latinRuns(`встреча с представителем ${name} в Ташкенте`)).toHaveLength(1);
    expect(latinRuns(`встреча с представителем ${name} в Ташкенте`, [name])).toEqual([]);
  });

  it('counts words across commas but not across a sentence end or a Russian word', () => {
    expect(latinRuns('Слоган: drugs, crime, prison, death.')).toHaveLength(1);
    expect(latinRuns('Слоган drugs crime. Prison death')).toEqual([]);
    expect(latinRuns('drugs crime и prison death')).toEqual([]);
  });
});
