import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import {
  claimedEventCount,
  generateSummary,
  russianEvents,
  type SummaryCountry,
} from '@/lib/domain/summary';
import { checkSummaryOverride } from '@/lib/domain/issue-checks';

const fixture = (lang: 'en' | 'ru') =>
  fs.readFileSync(`tests/fixtures/release-2024-01-${lang}.md`, 'utf8');
const paragraphStarting = (text: string, start: string) =>
  text.split('\n').find((line) => line.startsWith(start))!;

/** The digest phrases of each country, read off the fixture's own digest paragraph. */
function digestsFrom(paragraph: string, lead: string): string[][] {
  const body = paragraph.slice(lead.length).replace(/\.$/, '');
  return body
    .split(/\s\(\*[^*]+\*\)(?:,\s|\s(?:and|и)\s)?/)
    .filter(Boolean)
    .map((group) => group.split(', '));
}

const JANUARY: Array<[string, string, boolean, number]> = [
  ['Kazakhstan', 'Казахстан', true, 10],
  ['Kyrgyzstan', 'Кыргызстан', true, 5],
  ['Russia', 'Россия', true, 6],
  ['Turkmenistan', 'Туркменистан', true, 2],
  ['Uzbekistan', 'Узбекистан', true, 1],
  ['China', 'Китай', false, 1],
  ['Belarus', 'Беларусь', false, 1],
];

function januaryCountries(lang: 'en' | 'ru', digests: string[][] = []): SummaryCountry[] {
  return JANUARY.map(([en, ru, isMember, count], i) => ({
    shortName: lang === 'en' ? en : ru,
    isMember,
    count,
    digests: digests[i] ?? [],
  }));
}

describe('summary paragraphs', () => {
  it.each([
    ['en', 'CARICC', 'In the period', 'Published articles include information about '],
    ['ru', 'ЦАРИКЦ', 'В период', 'Опубликованные материалы содержат информацию о '],
  ] as const)('reproduce the January 2024 %s edition word for word', (lang, org, countsStart, digestLead) => {
    const text = fixture(lang);
    const expectedCounts = paragraphStarting(text, countsStart);
    const expectedDigest = paragraphStarting(text, digestLead.trim());
    const summary = generateSummary({
      lang,
      periodStart: '2024-01-01',
      periodEnd: '2024-01-31',
      organisationShortName: org,
      countries: januaryCountries(lang, digestsFrom(expectedDigest, digestLead)),
    });
    expect(summary.counts).toBe(expectedCounts);
    expect(summary.digest).toBe(expectedDigest);
  });

  it('agrees in number with one event', () => {
    const one = [{ shortName: 'Kazakhstan', isMember: true, count: 1, digests: ['a seizure'] }];
    const en = generateSummary({ lang: 'en', periodStart: '2024-03-01', periodEnd: '2024-03-31', organisationShortName: 'CARICC', countries: one });
    expect(en.counts).toContain('1 event in counternarcotics was covered');
    expect(en.counts).toContain('(*Kazakhstan - 1*)');
    expect(en.digest).toBe('Published articles include information about a seizure (*Kazakhstan*).');
    const ru = generateSummary({ lang: 'ru', periodStart: '2024-03-01', periodEnd: '2024-03-31', organisationShortName: 'ЦАРИКЦ', countries: [{ ...one[0]!, shortName: 'Казахстан' }] });
    expect(ru.counts).toContain('освещено 1 событие в антинаркотической сфере');
  });

  it.each([
    [1, 'событие'], [2, 'события'], [4, 'события'], [5, 'событий'], [11, 'событий'],
    [21, 'событие'], [22, 'события'], [26, 'событий'], [111, 'событий'],
  ])('Russian plural of %i is %s', (n, word) => {
    expect(russianEvents(n)).toBe(word);
  });

  it('uses "освещены" with 2-4 events', () => {
    const ru = generateSummary({ lang: 'ru', periodStart: '2024-01-15', periodEnd: '2024-02-14', organisationShortName: 'ЦАРИКЦ', countries: [{ shortName: 'Таджикистан', isMember: true, count: 2, digests: [] }] });
    expect(ru.counts).toBe('В период с 15 января по 14 февраля 2024 года на основе информации средств массовой информации государств-членов ЦАРИКЦ и других стран освещены 2 события в антинаркотической сфере (*Таджикистан - 2*).');
    expect(ru.digest).toBe('');
  });

  it('joins members with "and" when there are no other countries, and leaves out empty countries', () => {
    const en = generateSummary({
      lang: 'en', periodStart: '2024-01-15', periodEnd: '2024-02-14', organisationShortName: 'CARICC',
      countries: [
        { shortName: 'Kazakhstan', isMember: true, count: 3, digests: ['x', 'x', 'y'] },
        { shortName: 'Tajikistan', isMember: true, count: 0, digests: [] },
        { shortName: 'Uzbekistan', isMember: true, count: 2, digests: ['z'] },
      ],
    });
    expect(en.counts).toBe('In the period from 15 January to 14 February 2024, 5 events in counternarcotics were covered on the basis of information from mass media in CARICC Member States and other countries (*Kazakhstan - 3 and Uzbekistan - 2*).');
    expect(en.digest).toBe('Published articles include information about x, y (*Kazakhstan*) and z (*Uzbekistan*).');
  });

  it('reads back the number of events an override claims', () => {
    expect(claimedEventCount('In the period …, 26 events in counternarcotics were covered')).toBe(26);
    expect(claimedEventCount('… освещено 21 событие в антинаркотической сфере')).toBe(21);
    expect(claimedEventCount('no number here')).toBeNull();
  });
});

describe('summary overrides checked against the data', () => {
  const counts = (lang: 'en' | 'ru') =>
    januaryCountries(lang).map((c) => ({ name: c.shortName, count: c.count }));

  it.each(['en', 'ru'] as const)('accept the %s counts paragraph of the fixture as an override', (lang) => {
    const paragraph = paragraphStarting(fixture(lang), lang === 'en' ? 'In the period' : 'В период');
    expect(checkSummaryOverride({ countsOverride: paragraph, digestOverride: null, countries: counts(lang) }, lang)).toEqual([]);
  });

  it.each(['en', 'ru'] as const)('flag a %s override that claims other numbers than the issue has', (lang) => {
    const paragraph = paragraphStarting(fixture(lang), lang === 'en' ? 'In the period' : 'В период')
      .replace('26', '27')
      .replace(lang === 'en' ? 'Kazakhstan - 10' : 'Казахстан - 10', lang === 'en' ? 'Kazakhstan - 11' : 'Казахстан - 11');
    const problems = checkSummaryOverride({ countsOverride: paragraph, digestOverride: null, countries: counts(lang) }, lang);
    expect(problems.map((p) => [p.kind, p.values])).toEqual([
      ['summaryCount', { claimed: 27, actual: 26 }],
      ['summaryCountry', { country: lang === 'en' ? 'Kazakhstan' : 'Казахстан', claimed: 11, actual: 10 }],
    ]);
  });
});

describe('the contents paragraph reads grammatically', () => {
  const one = (lang: 'en' | 'ru', digests: string[]) =>
    generateSummary({
      lang,
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      organisationShortName: lang === 'en' ? 'CARICC' : 'ЦАРИКЦ',
      countries: [{ shortName: lang === 'en' ? 'Kazakhstan' : 'Казахстан', isMember: true, count: digests.length, digests }],
    }).digest;

  it('writes «об» before a phrase starting with a vowel and «о» before a consonant', () => {
    expect(one('ru', ['изъятии 3 кг гашиша', 'проведении профилактической лекции для студентов'])).toBe(
      'Опубликованные материалы содержат информацию об изъятии 3 кг гашиша, проведении профилактической лекции для студентов (*Казахстан*).',
    );
    expect(one('ru', ['проведении профилактической лекции для студентов', 'изъятии 3 кг гашиша'])).toBe(
      'Опубликованные материалы содержат информацию о проведении профилактической лекции для студентов, изъятии 3 кг гашиша (*Казахстан*).',
    );
  });

  it('does not double a preposition the editor typed', () => {
    expect(one('ru', ['об изъятии героина'])).toBe('Опубликованные материалы содержат информацию об изъятии героина (*Казахстан*).');
    expect(one('en', ['about conducting a preventive lecture'])).toBe('Published articles include information about conducting a preventive lecture (*Kazakhstan*).');
  });
});
