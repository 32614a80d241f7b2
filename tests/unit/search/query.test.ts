import { describe, expect, it } from 'vitest';
import { compileSearchQuery, parseSearchQuery, stemVariants } from '@/lib/domain/search/query';
import { stemmedText } from '@/lib/domain/search/stemmed-text';

const parse = (q: string) => {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.query;
};

describe('parseSearchQuery', () => {
  it('reads words, quoted phrases, prefixes and exclusions', () => {
    expect(parse('heroin "Zhambyl region" mephedr* -Kyrgyzstan -"press conference"')).toEqual({
      must: [
        { kind: 'word', words: ['heroin'] },
        { kind: 'phrase', words: ['Zhambyl', 'region'] },
        { kind: 'prefix', words: ['mephedr'] },
      ],
      not: [
        { kind: 'word', words: ['Kyrgyzstan'] },
        { kind: 'phrase', words: ['press', 'conference'] },
      ],
    });
  });

  it('keeps hyphenated names one word and reads Cyrillic', () => {
    expect(parse('Жалал-Абад гашиш')).toEqual({ must: [{ kind: 'word', words: ['Жалал-Абад'] }, { kind: 'word', words: ['гашиш'] }], not: [] });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['"heroin seized', 'unclosedQuote'],
    ['-heroin', 'onlyExcluded'],
    ['a*', 'shortPrefix'],
    ['x'.repeat(301), 'tooLong'],
    [Array.from({ length: 13 }, (_, i) => `w${i}`).join(' '), 'tooLong'],
    ['*** --- ""', 'empty'],
  ])('refuses %j with %s', (q, error) => {
    expect(parseSearchQuery(q)).toEqual({ ok: false, error });
  });

  it('takes FTS5 operators and punctuation typed in a query as plain words', () => {
    expect(compileSearchQuery(parse('heroin AND (NEAR hashish) OR ^x:'))).toBe(compileSearchQuery(parse('heroin and near hashish or x')));
    expect(compileSearchQuery(parse('col:heroin) NEAR/2 xy*'))).toBe('"col heroin" AND "near 2" AND "xy"*');
  });
});

describe('stemming for the index and the query', () => {
  it('finds inflected Russian forms and derived English ones', () => {
    const index = (text: string) => stemmedText(text).split(' ');
    const finds = (query: string, text: string) => {
      const { prefixes, exact } = stemVariants(query);
      return index(text).some((token) => exact.includes(token) || prefixes.some((p) => token.startsWith(p)));
    };
    for (const form of ['Казахстане', 'Казахстана', 'Казахстан']) {
      for (const other of ['Казахстане', 'Казахстана', 'Казахстан']) expect(finds(form, `в ${other}`), `${form} → ${other}`).toBe(true);
    }
    expect(finds('seized', 'the seizure of heroin')).toBe(true);
    expect(finds('seizure', 'police seized heroin')).toBe(true);
    expect(finds('гашиш', 'изъято 2 кг гашиша')).toBe(true);
    expect(finds('heroin', 'police seized hashish')).toBe(false);
  });

  it('folds case and ё', () => {
    expect(stemmedText('ЁЛКА Police')).toBe(stemmedText('елка police'));
  });
});

describe('compileSearchQuery', () => {
  it('quotes every stem, so that no typed text becomes FTS5 syntax', () => {
    expect(compileSearchQuery(parse('seized "Zhambyl region" mephedr* -Kyrgyzstan'))).toBe(
      '("seiz"* AND "zhambyl region" AND "mephedr"*) NOT ("kyrgyzstan"* OR "kyrgyzsta" OR "kyrgyzst")',
    );
  });

  it('adds the alternatives given for a clause', () => {
    const match = compileSearchQuery(parse('hashish'), (clause) => (clause.words[0] === 'hashish' ? [['гашиш']] : []));
    expect(match).toBe('(("hashish"* OR "hashis" OR "hashi") OR "гашиш")');
  });
});
