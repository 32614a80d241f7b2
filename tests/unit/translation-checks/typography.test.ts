import { describe, expect, it } from 'vitest';
import { checkTypography, unpairedAt } from '@/lib/domain/translation-checks/typography';

const check = (en: string, ru: string) => checkTypography({ field: 'body', en, ru }).map((f) => [f.message, f.values]);

describe('checkTypography', () => {
  it('warns about an unpaired «» in the language where it is', () => {
    const en = '- The problem is that young people are not always able to assess the threat,» said the Department.';
    const ru = '– Проблема в том, что молодёжь не всегда способна оценить угрозу, – отметили в Управлении.';
    const findings = checkTypography({ field: 'body', en, ru });
    expect(findings).toEqual([expect.objectContaining({ kind: 'typography', severity: 'warning', message: 'unpairedQuotes', ru: '' })]);
    expect(findings[0]!.en).toContain('threat,»');
  });

  it('accepts nested and paired quotes and brackets', () => {
    expect(check('the journal «Zhas Zanger» («Young Lawyer»)', 'журнал «Жас заңгер» («Юный юрист»)')).toEqual([]);
    expect(check('[see (the list)]', '[см. (список)]')).toEqual([]);
  });

  it('warns about an unclosed bracket and a closing one never opened', () => {
    expect(check('The project (launched in 2020.', 'Проект (запущен в 2020 году).')).toEqual([['unpairedBrackets', { lang: 'en' }]]);
    expect(check('The project launched in 2020).', 'Проект запущен в 2020 году.')).toEqual([['unpairedBrackets', { lang: 'en' }]]);
    expect(unpairedAt('a (b [c) d]', [['(', ')'], ['[', ']']])).toBe(7);
  });

  it('warns about double spaces once per side, with their count', () => {
    expect(check('Police  officers met  students.', 'Полицейские встретились со студентами.')).toEqual([['doubleSpace', { lang: 'en', count: 2 }]]);
    const [finding] = checkTypography({ field: 'body', en: 'a', ru: 'Полицейские  встретились.' });
    expect(finding!.ru).toContain('␣␣');
  });

  it('leaves Markdown line breaks and links alone', () => {
    expect(check('First line  \nsecond line', 'Первая строка  \nвторая строка')).toEqual([]);
    expect(check('See https://example.org/a_(b for more.', 'См. https://example.org/a_(b подробнее.')).toEqual([]);
  });
});
