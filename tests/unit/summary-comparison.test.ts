import { describe, expect, it } from 'vitest';
import { compareCountsParagraphs, describeSummaryDifferences, readCountsParagraph } from '@/lib/domain/summary-comparison';
import { generateSummary } from '@/lib/domain/summary';

const EN =
  'In the period from 15 February to 14 March 2024, 4 events in counternarcotics were covered on the basis of information from mass media in CARICC Member States and other countries (*Uzbekistan - 1, as well as Afghanistan - 1, Iran - 1 and Pakistan - 1*).';
const RU =
  'В период с 15 февраля по 14 марта 2024 года на основе информации средств массовой информации государств-членов ЦАРИКЦ и других стран освещено 4 события в антинаркотической сфере (*Узбекистан - 1, а также Афганистан - 1, Иран - 1 и Пакистан - 1*).';

describe('readCountsParagraph', () => {
  it('reads the period, the number of events and the country list in English and Russian', () => {
    const countries = [
      ['Uzbekistan', 1],
      ['Afghanistan', 1],
      ['Iran', 1],
      ['Pakistan', 1],
    ].map(([name, count]) => ({ name, count }));
    expect(readCountsParagraph(EN)).toEqual({ period: 'from 15 February to 14 March 2024', total: 4, countries });
    expect(readCountsParagraph(RU)).toEqual({
      period: 'с 15 февраля по 14 марта 2024 года',
      total: 4,
      countries: ['Узбекистан', 'Афганистан', 'Иран', 'Пакистан'].map((name) => ({ name, count: 1 })),
    });
  });

  it('keeps names with "and" and hyphens whole', () => {
    const text = 'In the period from 1 to 31 January 2024, 3 events … (Bosnia and Herzegovina - 1, Guinea-Bissau - 1 and Trinidad and Tobago - 1).';
    expect(readCountsParagraph(text).countries.map((c) => c.name)).toEqual(['Bosnia and Herzegovina', 'Guinea-Bissau', 'Trinidad and Tobago']);
  });
});

describe('compareCountsParagraphs', () => {
  it('finds nothing when only the wording or the emphasis differs', () => {
    const reworded = EN.replace('were covered', 'have been covered').replace(/\*/g, '');
    expect(compareCountsParagraphs(reworded, EN)).toEqual([]);
  });

  it('reports a name, a count, a country too many or too few, the total and the period', () => {
    const text =
      'In the period from 1 to 29 February 2024, 5 events in counternarcotics were covered … (Uzbekistan - 2, as well as Afghanistan - 1, Islamic Republic of Iran - 1 and China - 1).';
    const sameCountry = (a: string, b: string) => a === 'Islamic Republic of Iran' && b === 'Iran';
    const differences = compareCountsParagraphs(text, EN, sameCountry);
    expect(differences).toEqual([
      { kind: 'period', text: 'from 1 to 29 February 2024', generated: 'from 15 February to 14 March 2024' },
      { kind: 'total', text: 5, generated: 4 },
      { kind: 'count', name: 'Uzbekistan', text: 2, generated: 1 },
      { kind: 'name', text: 'Islamic Republic of Iran', generated: 'Iran' },
      { kind: 'extra', name: 'China', count: 1 },
      { kind: 'missing', name: 'Pakistan', count: 1 },
    ]);
    expect(describeSummaryDifferences(differences)).toBe(
      'period «from 1 to 29 February 2024» in the text, «from 15 February to 14 March 2024» generated; 5 events in the text, 4 generated; ' +
        'Uzbekistan - 2 in the text, 1 generated; name «Islamic Republic of Iran» in the text, «Iran» generated; «China - 1» only in the text; «Pakistan - 1» not in the text',
    );
  });

  it('agrees with the paragraph the summary generator writes for the same data', () => {
    const generated = generateSummary({
      lang: 'ru',
      periodStart: '2024-02-15',
      periodEnd: '2024-03-14',
      organisationShortName: 'ЦАРИКЦ',
      countries: [
        { shortName: 'Узбекистан', isMember: true, count: 1, digests: [] },
        { shortName: 'Афганистан', isMember: false, count: 1, digests: [] },
        { shortName: 'Иран', isMember: false, count: 1, digests: [] },
        { shortName: 'Пакистан', isMember: false, count: 1, digests: [] },
      ],
    });
    expect(compareCountsParagraphs(RU, generated.counts)).toEqual([]);
  });
});
