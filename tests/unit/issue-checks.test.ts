import { describe, expect, it } from 'vitest';
import {
  checkIssue,
  checkSummaryOverride,
  claimedCountryCounts,
  hasErrors,
  requiredPhotoWidthPx,
  type CheckArticle,
  type IssueCheckInput,
  type IssueProblem,
} from '@/lib/domain/issue-checks';

const COLUMN = { widthPt: 471.28, maxHeightPt: 400, dpi: 150 };

function article(id: number, patch: Partial<CheckArticle> = {}): CheckArticle {
  return {
    id,
    countryCode: 'KZ',
    status: 'approved',
    eventDate: '2024-01-10',
    untitled: false,
    title: { en: `Title ${id}`, ru: `Заголовок ${id}` },
    body: { en: 'Body.', ru: 'Текст.' },
    digest: { en: `digest ${id}`, ru: `сводке ${id}` },
    sources: [`https://example.org/news/${id}`],
    photos: [],
    ...patch,
  };
}

function input(articles: CheckArticle[], patch: Partial<IssueCheckInput> = {}): IssueCheckInput {
  const codes = [...new Set(articles.map((a) => a.countryCode))];
  return {
    langs: ['en', 'ru'],
    periodStart: '2024-01-01',
    periodEnd: '2024-01-31',
    sections: codes.map((code) => ({
      countryCode: code,
      heading: { en: `HEADING ${code}`, ru: `ЗАГОЛОВОК ${code}` },
      articleIds: articles.filter((a) => a.countryCode === code).map((a) => a.id),
    })),
    articles,
    earlierSources: [],
    summaries: {},
    column: COLUMN,
    ...patch,
  };
}

const kinds = (problems: IssueProblem[]) => problems.map((p) => `${p.severity}:${p.kind}${p.lang ? `:${p.lang}` : ''}${p.field ? `:${p.field}` : ''}`);

const photo = (patch: Partial<CheckArticle['photos'][number]> = {}) => ({
  id: 7,
  width: 1600,
  height: 1067,
  caption: { en: '', ru: '' },
  credit: { en: 'Police press office', ru: 'Пресс-служба полиции' },
  ...patch,
});

describe('issue checks', () => {
  it('find nothing in a complete issue', () => {
    const problems = checkIssue(input([article(1), article(2, { countryCode: 'KG' })]));
    expect(problems).toEqual([]);
    expect(hasErrors(problems)).toBe(false);
  });

  it('refuse an issue without articles', () => {
    expect(kinds(checkIssue(input([])))).toEqual(['error:emptyIssue']);
  });

  it('flag a section without articles and a section heading missing in an edition', () => {
    const base = input([article(1)]);
    base.sections.push({ countryCode: 'TJ', heading: { en: 'REPUBLIC OF TAJIKISTAN', ru: '' }, articleIds: [] });
    const problems = checkIssue(base);
    expect(problems).toContainEqual({ kind: 'emptySection', severity: 'error', countryCode: 'TJ' });
    expect(problems).toContainEqual({ kind: 'missingText', severity: 'error', countryCode: 'TJ', lang: 'ru', field: 'heading' });
  });

  it('flag an untitled article whose title is still empty, but not once an editor gave it one', () => {
    const stillEmpty = article(1, { untitled: true, title: { en: '', ru: 'Кыргызстан продолжает борьбу' } });
    expect(kinds(checkIssue(input([stillEmpty])))).toEqual(['error:untitled:en']);
    const fixed = article(1, { untitled: true, title: { en: 'Kyrgyzstan continues to combat', ru: 'Кыргызстан продолжает борьбу' } });
    expect(checkIssue(input([fixed]))).toEqual([]);
  });

  it('flag a missing translation only in the editions to be published', () => {
    const noRussian = article(1, { title: { en: 'Title', ru: '' }, body: { en: 'Body.', ru: '' } });
    expect(kinds(checkIssue(input([noRussian])))).toEqual(['error:missingText:ru:title', 'error:missingText:ru:body']);
    expect(checkIssue(input([noRussian], { langs: ['en'] }))).toEqual([]);
  });

  it('warn about a missing digest phrase unless the digest paragraph is overridden', () => {
    const noDigest = article(1, { digest: { en: '', ru: 'сводке' } });
    expect(kinds(checkIssue(input([noDigest])))).toEqual(['warning:missingText:en:digest']);
    const overridden = input([noDigest], { summaries: { en: { countsOverride: null, digestOverride: 'Published articles include…', countries: [] } } });
    expect(checkIssue(overridden)).toEqual([]);
  });

  it('refuse an article without a source', () => {
    expect(kinds(checkIssue(input([article(1, { sources: [] })])))).toEqual(['error:noSource']);
  });

  it('refuse an article that is not approved (reopened, or published by another issue)', () => {
    const problems = checkIssue(input([article(1, { status: 'changes_requested' })]));
    expect(problems).toEqual([{ kind: 'notApproved', severity: 'error', articleId: 1, values: { status: 'changes_requested' } }]);
  });

  it('warn about a photo without credit, per edition', () => {
    const a = article(1, { photos: [photo({ credit: { en: 'Police', ru: '' } })] });
    expect(checkIssue(input([a]))).toEqual([{ kind: 'photoNoCredit', severity: 'warning', articleId: 1, lang: 'ru', photoId: 7 }]);
  });

  it('refuse a photo caption present in one edition only', () => {
    const a = article(1, { photos: [photo({ caption: { en: 'Seized drugs', ru: '' } })] });
    expect(kinds(checkIssue(input([a])))).toEqual(['error:missingText:ru:photoCaption']);
  });

  it('compute the pixels a photo needs across the column at 150 dpi', () => {
    // 471.28 pt = 6.55 in → 982 px at 150 dpi for a landscape photo.
    expect(requiredPhotoWidthPx({ width: 1600, height: 1067 }, COLUMN)).toBe(982);
    // A tall photo is printed 400 pt high: 400 / 2 = 200 pt wide → 417 px.
    expect(requiredPhotoWidthPx({ width: 600, height: 1200 }, COLUMN)).toBe(417);
  });

  it('warn about a photo too small for the column', () => {
    const small = article(1, { photos: [photo({ width: 800, height: 533 })] });
    expect(checkIssue(input([small]))).toEqual([
      { kind: 'photoTooSmall', severity: 'warning', articleId: 1, photoId: 7, values: { width: 800, height: 533, required: 982, dpi: 150 } },
    ]);
    expect(checkIssue(input([article(1, { photos: [photo({ width: 982, height: 654 })] })]))).toEqual([]);
    expect(checkIssue(input([article(1, { photos: [photo({ width: 420, height: 840 })] })]))).toEqual([]);
  });

  it('warn about a source used twice in the issue, whatever its spelling', () => {
    const a = article(1, { sources: ['https://www.example.org/story/'] });
    const b = article(2, { sources: ['http://example.org/story'] });
    expect(checkIssue(input([a, b]))).toEqual([
      { kind: 'duplicateSource', severity: 'warning', articleId: 2, otherArticleId: 1, url: 'http://example.org/story' },
    ]);
  });

  it('warn about a source already published in an earlier issue', () => {
    const a = article(1, { sources: ['https://example.org/old-story'] });
    const problems = checkIssue(input([a], { earlierSources: [{ url: 'https://www.example.org/old-story/', year: 2023, number: 12, articleId: 99 }] }));
    expect(problems).toEqual([
      { kind: 'sourceInEarlierIssue', severity: 'warning', articleId: 1, url: 'https://example.org/old-story', earlierIssue: { year: 2023, number: 12 } },
    ]);
  });

  it('warn about an event outside the period', () => {
    expect(checkIssue(input([article(1, { eventDate: '2024-02-01' })]))).toEqual([
      { kind: 'outsidePeriod', severity: 'warning', articleId: 1, values: { date: '2024-02-01' } },
    ]);
  });
});

describe('summary overrides', () => {
  const january = [
    { name: 'Kazakhstan', count: 10 },
    { name: 'Kyrgyzstan', count: 5 },
    { name: 'Russia', count: 6 },
    { name: 'Turkmenistan', count: 2 },
    { name: 'Uzbekistan', count: 1 },
    { name: 'China', count: 1 },
    { name: 'Belarus', count: 1 },
  ];
  const fixtureCounts =
    'In the period from 1 to 31 January 2024, 26 events in counternarcotics were covered on the basis of information from mass media in CARICC Member States and other countries (*Kazakhstan - 10, Kyrgyzstan - 5, Russia - 6, Turkmenistan - 2, Uzbekistan - 1, as well as China - 1 and Belarus - 1*).';

  it('read the per-country numbers of a counts paragraph', () => {
    expect([...claimedCountryCounts(fixtureCounts)]).toEqual([
      ['kazakhstan', 10],
      ['kyrgyzstan', 5],
      ['russia', 6],
      ['turkmenistan', 2],
      ['uzbekistan', 1],
      ['china', 1],
      ['belarus', 1],
    ]);
    expect(claimedCountryCounts('В период … (Казахстан - 10, а также Китай - 1 и Беларусь - 1).').get('беларусь')).toBe(1);
    expect(claimedCountryCounts('No list at all.').size).toBe(0);
  });

  it('accept an override that agrees with the data', () => {
    expect(checkSummaryOverride({ countsOverride: fixtureCounts, digestOverride: null, countries: january }, 'en')).toEqual([]);
  });

  it('flag an override whose total disagrees', () => {
    const wrong = fixtureCounts.replace('26 events', '25 events');
    expect(checkSummaryOverride({ countsOverride: wrong, digestOverride: null, countries: january }, 'en')).toEqual([
      { kind: 'summaryCount', severity: 'error', lang: 'en', values: { claimed: 25, actual: 26 } },
    ]);
  });

  it('flag a country whose number disagrees, and a country left out', () => {
    const wrong = fixtureCounts.replace('Russia - 6', 'Russia - 5').replace(' and Belarus - 1', '');
    const problems = checkSummaryOverride({ countsOverride: wrong, digestOverride: null, countries: january }, 'en');
    expect(problems).toEqual([
      { kind: 'summaryCountry', severity: 'error', lang: 'en', values: { country: 'Russia', claimed: 5, actual: 6 } },
      { kind: 'summaryCountry', severity: 'error', lang: 'en', values: { country: 'Belarus', claimed: 0, actual: 1 } },
    ]);
  });

  it('ask to look when no number of events can be read', () => {
    expect(checkSummaryOverride({ countsOverride: 'Twenty-six events were covered.', digestOverride: null, countries: january }, 'en')).toEqual([
      { kind: 'summaryCount', severity: 'warning', lang: 'en', values: { claimed: '—', actual: 26 } },
    ]);
  });

  it('check nothing when the paragraph is generated', () => {
    expect(checkSummaryOverride({ countsOverride: null, digestOverride: null, countries: january }, 'en')).toEqual([]);
  });
});

describe('Russian digest phrase case', () => {
  it('warns when a Russian digest phrase starts in the nominative, unless the paragraph is overridden', () => {
    const nominative = article(1, { digest: { en: 'a lecture', ru: 'антинаркотическая лекция' } });
    const problems = checkIssue(input([nominative]));
    expect(kinds(problems)).toEqual(['warning:digestCase:ru:digest']);
    expect(problems[0]!.values).toEqual({ phrase: 'антинаркотическая лекция' });
    expect(hasErrors(problems)).toBe(false);
    const overridden = input([nominative], { summaries: { ru: { countsOverride: null, digestOverride: 'Опубликованные материалы…', countries: [] } } });
    expect(kinds(checkIssue(overridden))).toEqual([]);
  });

  it('accepts a prepositional phrase', () => {
    expect(kinds(checkIssue(input([article(1, { digest: { en: 'seizure', ru: 'изъятии 3 кг гашиша' } })])))).toEqual([]);
  });
});

describe('translation findings in the issue checks', () => {
  it('warns about an article with open translation-check findings, with their counts', () => {
    const problems = checkIssue(input([article(1, { translation: { errors: 1, warnings: 2 } }), article(2, { translation: { errors: 0, warnings: 0 } }), article(3)]));
    const translation = problems.filter((p) => p.kind === 'translation');
    expect(translation).toEqual([{ kind: 'translation', severity: 'warning', articleId: 1, values: { errors: 1, warnings: 2 } }]);
    expect(hasErrors(translation)).toBe(false);
  });
});
