import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileIntakeTerms, scoreItem, type IntakeTermInput } from '@/lib/domain/intake/relevance';

const demo: IntakeTermInput[] = fs
  .readFileSync(path.join(process.cwd(), 'lib/db/reference/demo-intake-terms.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [language, term, weight] = line.split(',');
    return { language: language!, term: term!, weight: Number(weight) };
  });
const compiled = compileIntakeTerms(demo);
const score = (title: string, summary = '') => scoreItem(compiled, { title, summary });

describe('intake relevance', () => {
  it('matches Russian inflections on their Snowball stems: «наркотиков», «гашиша»', () => {
    const { matches, score: s } = score('Полиция изъяла 5 кг гашиша', 'Против распространения наркотиков');
    expect(matches).toEqual([
      { field: 'title', start: 20, end: 26, text: 'гашиша', term: 'гашиш' },
      { field: 'summary', start: 23, end: 33, text: 'наркотиков', term: 'наркотик' },
    ]);
    expect(s).toBe(3 * 3 + 3 * 1);
  });

  it('matches English on stems: "seized heroin", "drugs"', () => {
    const { matches } = score('Customs officers seized heroin and drugs');
    expect(matches.map((m) => [m.text, m.term])).toEqual([
      ['heroin', 'heroin'],
      ['drugs', 'drug'],
    ]);
  });

  it('counts the title three times the summary, and a repeated term once per field', () => {
    expect(score('Героин').score).toBe(9);
    expect(score('', 'героин').score).toBe(3);
    expect(score('', 'героин, героин и героин').score).toBe(3);
    expect(score('', 'героин, героин и героин').matches).toHaveLength(3);
  });

  it('matches Kazakh and Uzbek by the prefix rule, with their suffixes', () => {
    expect(score('Есірткілерді тасымалдаушы ұсталды').matches.map((m) => m.term)).toEqual(['есірткі']);
    expect(score('Giyohvandlik va jinoyatchilik').matches.map((m) => m.term)).toEqual(['giyohvand']);
    expect(score('Narkotiklar va jinoyatchilik boʻyicha').matches.map((m) => m.term)).toEqual(['narkotik']);
  });

  it('matches a phrase of several words in a row, and not across a line break', () => {
    const compiledPhrase = compileIntakeTerms([{ language: 'en', term: 'drug trafficking', weight: 2 }]);
    expect(scoreItem(compiledPhrase, { title: 'Fighting drug trafficking', summary: '' }).matches[0]!.text).toBe('drug trafficking');
    expect(scoreItem(compiledPhrase, { title: '', summary: 'drug\ntrafficking' }).matches).toEqual([]);
  });

  it('counts words that terms of two languages match once, at the higher weight', () => {
    const both = compileIntakeTerms([
      { language: 'ru', term: 'героин', weight: 3 },
      { language: 'kk', term: 'героин', weight: 2 },
    ]);
    const result = scoreItem(both, { title: 'героин', summary: '' });
    expect(result.matches).toHaveLength(1);
    expect(result.score).toBe(9);
  });

  it('does not match a short term inside longer words, nor unrelated words', () => {
    const short = compileIntakeTerms([{ language: 'kk', term: 'нас', weight: 1 }]);
    expect(scoreItem(short, { title: 'насос', summary: '' }).matches).toEqual([]);
    expect(score('Погода в Бишкеке: снег и мороз', 'Weather forecast for the weekend').score).toBe(0);
  });

  it('ignores terms with no words or no weight', () => {
    const odd = compileIntakeTerms([
      { language: 'en', term: '  ', weight: 3 },
      { language: 'en', term: 'heroin', weight: 0 },
    ]);
    expect(odd.size).toBe(0);
    expect(scoreItem(odd, { title: 'heroin', summary: '' }).score).toBe(0);
  });
});
