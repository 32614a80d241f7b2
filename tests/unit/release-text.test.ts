import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReleaseText, type CountryNames, type ParsedRelease, type ParseResult } from '@/lib/domain/release-text';
import { countryNamesFrom } from '@/lib/db/queries/country-names';
import { listIsoCountries } from '@/lib/db/reference/iso-countries';
import { referenceCountries } from '@/lib/db/reference/reference-countries';

/** The names the seeded countries table gives (the rows seedReferenceData writes). */
function seededCountryNames(): CountryNames[] {
  const rows = [...referenceCountries().values()].map((c) => ({
    code: c.code,
    nameEn: c.nameEn,
    nameRu: c.nameRu,
    shortEn: c.shortEn.value,
    shortRu: c.shortRu.value,
    headingEn: c.headingEn.value,
    headingRu: c.headingRu.value,
  }));
  return countryNamesFrom(rows, listIsoCountries());
}

const COUNTRIES = seededCountryNames();
const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', name), 'utf8');

function parseOk(text: string): { release: ParsedRelease; warnings: { line: number; message: string }[] } {
  const result = parseReleaseText(text, COUNTRIES);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}

function errorsOf(result: ParseResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

function sections(release: ParsedRelease): [string, number][] {
  const out: [string, number][] = [];
  for (const a of release.articles) {
    const last = out[out.length - 1];
    if (last && last[0] === a.countryCode) last[1]++;
    else out.push([a.countryCode, 1]);
  }
  return out;
}

const JANUARY_SECTIONS: [string, number][] = [
  ['KZ', 10],
  ['KG', 5],
  ['RU', 6],
  ['TM', 2],
  ['UZ', 1],
  ['CN', 1],
  ['BY', 1],
];
const KAKTUS =
  'https://kaktus.media/doc/493513_gyvd_bishkeka_vypystilo_socrolik_pro_zakladchikov_i_obratilos_k_roditeliu_video.html';

describe.each([
  ['release-2024-01-en.md', 'en'],
  ['release-2024-01-ru.md', 'ru'],
] as const)('parseReleaseText on %s', (file, lang) => {
  const { release } = parseOk(fixture(file));

  it('reads the cover: language, number, year, period, place', () => {
    expect(release.lang).toBe(lang);
    expect(release.number).toBe(1);
    expect(release.year).toBe(2024);
    expect(release.periodStart).toBe('2024-01-01');
    expect(release.periodEnd).toBe('2024-01-31');
    expect(release.place).toBe(lang === 'en' ? 'Almaty' : 'Алматы');
  });

  it('finds 26 articles in the seven sections, in order', () => {
    expect(release.articles).toHaveLength(26);
    expect(sections(release)).toEqual(JANUARY_SECTIONS);
  });

  it('gives every article a body and at least one source, and keeps the contents out', () => {
    for (const a of release.articles) {
      expect(a.body.length).toBeGreaterThan(100);
      expect(a.sources.length).toBeGreaterThanOrEqual(1);
      expect(a.body).not.toMatch(/\.{5}\t/);
    }
    expect(release.articles[0]!.line).toBe(lang === 'en' ? 60 : 59);
  });

  it('labels the Bishkek article with its outlet and unescapes the kaktus link', () => {
    const withOutlet = release.articles.filter((a) => a.outlet !== '');
    expect(withOutlet).toHaveLength(1);
    expect(withOutlet[0]!.outlet).toBe('KAKTUSMEDIA');
    expect(withOutlet[0]!.countryCode).toBe('KG');
    expect(withOutlet[0]!.sources).toEqual([KAKTUS]);
  });

  it('does not append the back cover to the Belarus article', () => {
    const belarus = release.articles[25]!;
    expect(belarus.countryCode).toBe('BY');
    expect(belarus.body).not.toMatch(/Abay|Абая|caricc\.org|Central Asian Regional|Центральноазиатский/);
    expect(belarus.body).toMatch(lang === 'en' ? /emphasized Margarita Tovkes\.$/ : /\.$/);
  });
});

describe('the January 2024 editions', () => {
  const en = parseOk(fixture('release-2024-01-en.md'));
  const ru = parseOk(fixture('release-2024-01-ru.md'));

  it('have the same source links, article by article', () => {
    expect(ru.release.articles.map((a) => a.sources)).toEqual(en.release.articles.map((a) => a.sources));
  });

  it('reads titles in all three forms, exactly', () => {
    const titles = en.release.articles.map((a) => a.title);
    expect(titles[0]).toBe('POLICE OFFICERS CARRIED OUT COUNTER-NARCOTICS TRAINING IN MILITARY UNITS IN ZHETISU'); // ###
    expect(titles[1]).toBe('DIALOGUE ON PROBLEM OF DRUG ADDICTION WAS HELD BETWEEN POLICE OFFICERS AND SCHOOLCHILDREN IN SARAN'); // **
    expect(titles[2]).toBe('RESPONSIBILITY FOR DRUG USE AT HOME IS PLANNED TO BE INTRODUCED IN KAZAKHSTAN'); // ##
    expect(titles[24]).toBe('CHINA IS READY TO ENGAGE WITH U.S. TO FIGHT DRUG CRIME');
    expect(ru.release.articles[5]!.title).toBe('ЛЫЖНЫЕ ГОНКИ «СПОРТ ПРОТИВ НАРКОТИКОВ» ПРОШЛИ В КОСТАНАЕ');
    expect(ru.release.articles[25]!.title).toBe(
      'НИО: В ПРОФИЛАКТИКУ НАРКОМАНИИ СРЕДИ ДЕТЕЙ ВОВЛЕЧЕНЫ ВСЕ УЧАСТНИКИ ОБРАЗОВАТЕЛЬНОГО ПРОЦЕССА',
    );
  });

  it('imports the Kyrgyz article that lost its English title as untitled, on its own', () => {
    const untitled = en.release.articles.filter((a) => a.untitled);
    expect(untitled).toHaveLength(1);
    const article = untitled[0]!;
    expect(article).toMatchObject({ countryCode: 'KG', title: '', line: 329 });
    expect(article.body.startsWith('Kyrgyzstan continues its efforts to combat illicit distribution of drugs.')).toBe(true);
    expect(article.sources).toEqual(['https://sng.fm/bishkek/31082-premer-ministr-kirgizii-prizval-borotsja-s-rasprostraneniem-narkotikov.html']);
    // The article before it ends with its own link and text, nothing of the untitled one.
    const before = en.release.articles[en.release.articles.indexOf(article) - 1]!;
    expect(before.sources).toEqual(['https://mvd.gov.kg/rus/news/2802']);
    expect(before.body).not.toContain('Kyrgyzstan continues');
    expect(en.warnings).toEqual([{ line: 329, message: expect.stringContaining('imported as untitled') }]);

    const counterpart = ru.release.articles[14]!;
    expect(counterpart.untitled).toBe(false);
    expect(counterpart.title).toBe('КЫРГЫЗСТАН ПРОДОЛЖАЕТ БОРЬБУ С НЕЗАКОННЫМ РАСПРОСТРАНЕНИЕМ НАРКОТИКОВ');
    expect(ru.release.articles.filter((a) => a.untitled)).toHaveLength(0);
  });

  it('rejoins paragraphs split by page breaks and keeps quoted speech as written', () => {
    const paragraphs = en.release.articles[0]!.body.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]).toBe(
      'Classes, lectures, meetings and discussions with enlisted soldiers on the topic of drug abuse prevention were organized ' +
        'with the assistance of the Military Police Department of the Zhetisu region garrison as part of the implementation of the ' +
        '«Comprehensive Plan to Combat Drug Abuse and Drug Trafficking for 2023-2025».',
    );
    expect(paragraphs[2]!.startsWith('- Against the background of the active spread of so-called «synthetics»')).toBe(true);
    const prosecutor = en.release.articles[1]!.body.split('\n\n').find((p) => p.includes('It is an illusion'))!;
    expect(prosecutor).toContain('It is an illusion - «synthetics» are more dangerous than heroin.');
    expect(prosecutor.startsWith('- Today we are discussing')).toBe(true);
    expect(en.release.articles[8]!.body).toContain('The meeting was opened by Sanzhar Adilov, Head of the DP of the region.');
    expect(ru.release.articles[0]!.body.split('\n\n')[2]!.startsWith('– На фоне активного распространения')).toBe(true);
  });

  it('reads the two summary paragraphs as plain text', () => {
    expect(en.release.summaryCounts).toBe(
      'In the period from 1 to 31 January 2024, 26 events in counternarcotics were covered on the basis of information from mass media ' +
        'in CARICC Member States and other countries (Kazakhstan - 10, Kyrgyzstan - 5, Russia - 6, Turkmenistan - 2, Uzbekistan - 1, ' +
        'as well as China - 1 and Belarus - 1).',
    );
    expect(ru.release.summaryCounts).toBe(
      'В период с 1 по 31 января 2024 года на основе информации средств массовой информации государств-членов ЦАРИКЦ и других стран ' +
        'освещено 26 событий в антинаркотической сфере (Казахстан - 10, Кыргызстан - 5, Россия - 6, Туркменистан - 2, Узбекистан - 1, ' +
        'а также Китай - 1 и Беларусь - 1).',
    );
    expect(en.release.summaryDigest).toMatch(/^Published articles include information about conducting counternarcotics classes/);
    expect(en.release.summaryDigest).toMatch(/expansion of list of narcotic drugs \(Kazakhstan\), social video/);
    expect(en.release.summaryDigest).toMatch(/prevention of drug abuse among children \(Belarus\)\.$/);
    expect(ru.release.summaryDigest).toMatch(/^Опубликованные материалы содержат информацию о проведении/);
    expect(ru.release.summaryDigest).toMatch(/\(Беларусь\)\.$/);
    expect(`${en.release.summaryDigest}${ru.release.summaryDigest}`).not.toContain('*');
  });
});

const PAGE_BREAK = '\u00a0'; // a converter leaves NBSP-only lines where pages broke

describe('parseReleaseText on other releases', () => {
  it('reads a small Russian-only release', () => {
    const text = [
      'ИНФОРМАЦИОННЫЙ РЕЛИЗ',
      '',
      '01-29.02.2024',
      '',
      '#2',
      '',
      'Алматы - 2024',
      '',
      '## СОДЕРЖАНИЕ',
      '',
      '<i>РЕСПУБЛИКА ТАДЖИКИСТАН</i> .....\t2',
      '',
      'В период с 1 по 29 февраля 2024 года освещено 2 события (*Таджикистан - 2*).',
      '',
      'Опубликованные материалы содержат информацию об *изъятии героина* (*Таджикистан*).',
      '',
      '**РЕСПУБЛИКА ТАДЖИКИСТАН**',
      '',
      '### В ДУШАНБЕ ИЗЪЯЛИ ГЕРОИН',
      '',
      'Сотрудники Агентства изъяли',
      'крупную партию героина.',
      '',
      '– Работа продолжается, – сообщили в ведомстве.',
      '',
      '<https://akn.tj/news/1>',
      '',
      '**ПРОФИЛАКТИКА В ХУДЖАНДЕ**',
      '',
      'Профилактическая беседа прошла в школе',
      '',
      PAGE_BREAK,
      '',
      'города Худжанда.',
      '',
      '<https://akn.tj/news/2>',
      '<https://mvd.tj/news/7>',
    ].join('\n');
    const { release, warnings } = parseOk(text);
    expect(warnings).toEqual([]);
    expect(release).toMatchObject({
      lang: 'ru',
      number: 2,
      year: 2024,
      periodStart: '2024-02-01',
      periodEnd: '2024-02-29',
      place: 'Алматы',
      summaryCounts: 'В период с 1 по 29 февраля 2024 года освещено 2 события (Таджикистан - 2).',
      summaryDigest: 'Опубликованные материалы содержат информацию об изъятии героина (Таджикистан).',
    });
    expect(release.articles).toEqual([
      {
        line: 19,
        countryCode: 'TJ',
        outlet: '',
        title: 'В ДУШАНБЕ ИЗЪЯЛИ ГЕРОИН',
        untitled: false,
        body: 'Сотрудники Агентства изъяли крупную партию героина.\n\n– Работа продолжается, – сообщили в ведомстве.',
        sources: ['https://akn.tj/news/1'],
      },
      {
        line: 28,
        countryCode: 'TJ',
        outlet: '',
        title: 'ПРОФИЛАКТИКА В ХУДЖАНДЕ',
        untitled: false,
        body: 'Профилактическая беседа прошла в школе города Худжанда.',
        sources: ['https://akn.tj/news/2', 'https://mvd.tj/news/7'],
      },
    ]);
  });

  it('reads another month across two months, with other countries, heading forms and a back cover', () => {
    const text = [
      'CENTRAL ASIAN REGIONAL INFORMATION AND COORDINATION CENTRE',
      '',
      '# INFORMATION RELEASE',
      '',
      '15.01-14.02.2024',
      '',
      '#3',
      '',
      'Almaty - 2024',
      '',
      'Central Asian Regional Information and Coordination Centre',
      '',
      '## CONTENTS',
      '',
      '<i>REPUBLIC OF TAJIKISTAN</i> .....\t2',
      '<i>CHINA</i> .....\t3',
      '',
      'REPUBLIC OF TAJIKISTAN',
      '',
      '**24.KG**',
      '',
      '## HEROIN SEIZED ON THE BORDER',
      '',
      'Border guards found 10 kg of heroin.',
      '',
      'https://www.khovar.tj/2024/02/heroin/',
      '',
      '**china**',
      '',
      '### CHINA AND TAJIKISTAN SIGNED A MEMORANDUM',
      '',
      'The memorandum covers precursors.',
      '',
      '[Xinhua](https://english.news.cn/2024\\_02/memo.html)',
      '',
      'Central Asian Regional Information and Coordination Centre',
      '',
      'Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52',
      'tel.: +7 727 259 99 90',
    ].join('\n');
    const { release } = parseOk(text);
    expect(release).toMatchObject({ lang: 'en', number: 3, year: 2024, periodStart: '2024-01-15', periodEnd: '2024-02-14', place: 'Almaty' });
    expect(release.summaryCounts).toBeNull();
    expect(release.articles.map((a) => [a.countryCode, a.outlet, a.title, a.body, a.sources])).toEqual([
      ['TJ', '24.KG', 'HEROIN SEIZED ON THE BORDER', 'Border guards found 10 kg of heroin.', ['https://www.khovar.tj/2024/02/heroin/']],
      ['CN', '', 'CHINA AND TAJIKISTAN SIGNED A MEMORANDUM', 'The memorandum covers precursors.', ['https://english.news.cn/2024_02/memo.html']],
    ]);
  });

  it('matches headings whatever their case, spacing or ё', () => {
    const names: CountryNames[] = [{ code: 'XX', names: ['Республика Новоёж'] }];
    const text = ['#1', '01-31.03.2024', '', '## РЕСПУБЛИКА   НОВОЕЖ', '', '## ЗАГОЛОВОК СТАТЬИ О ЧЁМ-ТО', '', 'Текст.', '', '<https://a.example/1>'].join('\n');
    const result = parseReleaseText(text, names);
    expect(result.ok && result.release.articles.map((a) => a.countryCode)).toEqual(['XX']);
  });

  it('reads a country name that continues a cut paragraph as text, not as a heading', () => {
    const text = ['#1', '01-31.03.2024', 'Almaty - 2024', '', 'TURKMENISTAN', '', '## EU COOPERATION DISCUSSED', '',
      'Schinas expressed interest in expanding the dialog with', '', 'Turkmenistan', '', 'and its neighbours.', '', '<https://tdh.gov.tm/1>'].join('\n');
    const { release } = parseOk(text);
    expect(release.articles).toMatchObject([
      { countryCode: 'TM', body: 'Schinas expressed interest in expanding the dialog with Turkmenistan and its neighbours.' },
    ]);
  });

  it('imports a paragraph right after a country heading as an untitled article', () => {
    const text = ['#1', '01-31.03.2024', 'Almaty - 2024', '', 'BELARUS', '', 'Minsk police held a lecture.', '', '<https://belta.by/1>'].join('\n');
    const { release, warnings } = parseOk(text);
    expect(release.articles).toMatchObject([{ countryCode: 'BY', title: '', untitled: true, body: 'Minsk police held a lecture.' }]);
    expect(warnings).toEqual([{ line: 7, message: expect.stringContaining('imported as untitled') }]);
  });
});

/** A valid release around the given body lines; the body starts at line 9. */
function releaseWith(body: string[]): string {
  return ['# INFORMATION RELEASE', '01-31.03.2024', '', '#3', '', 'Almaty - 2024', '', '## CONTENTS', ...body].join('\n');
}

describe('parseReleaseText refuses bad input', () => {
  it('refuses an empty or blank file', () => {
    expect(errorsOf(parseReleaseText('', COUNTRIES))).toEqual([{ line: 0, message: 'the file is empty' }]);
    expect(errorsOf(parseReleaseText(' \n\u00a0\n\t\n', COUNTRIES))).toEqual([{ line: 0, message: 'the file is empty' }]);
  });

  it('refuses control characters, naming the line', () => {
    const errors = errorsOf(parseReleaseText('#1\nabc\u0000def\n\u0007', COUNTRIES));
    expect(errors).toEqual([
      { line: 2, message: 'control character U+0000: this is binary content, not a release text' },
      { line: 3, message: 'control character U+0007: this is binary content, not a release text' },
    ]);
  });

  it('refuses a text without issue number or period', () => {
    const errors = errorsOf(parseReleaseText('## REPUBLIC OF KAZAKHSTAN\n\n## TITLE OF A SHORT ARTICLE HERE\n\nText.\n\n<https://a.kz/1>', COUNTRIES));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('no issue number found'),
      expect.stringContaining('no period found'),
    ]);
  });

  it('refuses an unknown country heading in each form, collecting every error', () => {
    const text = releaseWith([
      '', // 9
      '## REPUBLIC OF ATLANTIS', // 10: followed directly by a title
      '',
      '**POLICE OFFICERS OF ATLANTIS SEIZED DRUGS IN THE CAPITAL**',
      '',
      'Text of the article.',
      '',
      '<https://atlantis.example/1>',
      '',
      'KINGDOM OF LEMURIA', // 18: a bare capitals line
      '',
      'Another paragraph.',
      '',
      '<https://lemuria.example/2>',
    ]);
    const errors = errorsOf(parseReleaseText(text, COUNTRIES));
    expect(errors.map((e) => ({ line: e.line, message: e.message.split(';')[0] }))).toEqual([
      { line: 10, message: 'unknown country heading «REPUBLIC OF ATLANTIS»' },
      { line: 18, message: 'unknown country heading «KINGDOM OF LEMURIA»' },
    ]);
  });

  it('refuses an article with no body', () => {
    const text = releaseWith([
      '',
      '## REPUBLIC OF KAZAKHSTAN', // 10
      '',
      '## POLICE OFFICERS HELD A LECTURE FOR 200 STUDENTS IN ALMATY', // 12: followed by a title
      '',
      '## DRUG POLICE OFFICERS MET WITH 30 COLLEGE STUDENTS IN ASTANA',
      '',
      'Text.',
      '',
      '<https://polisia.kz/1>',
      '',
      '**A CAMPAIGN AGAINST DRUGS WAS HELD IN 5 CITIES OF THE REGION**', // 20: followed by a link
      '',
      '<https://polisia.kz/2>',
    ]);
    expect(errorsOf(parseReleaseText(text, COUNTRIES))).toEqual([
      { line: 12, message: 'article «POLICE OFFICERS HELD A LECTURE FOR 200 STUDENTS IN ALMATY» has no body' },
      { line: 20, message: 'article «A CAMPAIGN AGAINST DRUGS WAS HELD IN 5 CITIES OF THE REGION» has no body' },
    ]);
  });

  it('refuses an article before any country heading', () => {
    const text = releaseWith([
      '',
      '### POLICE OFFICERS HELD A LECTURE FOR STUDENTS IN ALMATY', // 10
      '',
      'Text.',
      '',
      '<https://polisia.kz/1>',
      '',
      '## REPUBLIC OF KAZAKHSTAN',
      '',
      '### ANOTHER ARTICLE WITH A TITLE',
      '',
      'Text.',
      '',
      '<https://polisia.kz/2>',
    ]);
    expect(errorsOf(parseReleaseText(text, COUNTRIES))).toEqual([
      { line: 10, message: 'article «POLICE OFFICERS HELD A LECTURE FOR STUDENTS IN ALMATY» comes before any country heading' },
    ]);
    // Without a CONTENTS marker the article is found all the same.
    const bare = text.replace('## CONTENTS', '');
    expect(errorsOf(parseReleaseText(bare, COUNTRIES))).toEqual([
      { line: 10, message: 'article «POLICE OFFICERS HELD A LECTURE FOR STUDENTS IN ALMATY» comes before any country heading' },
    ]);
  });

  it('refuses an invalid source link', () => {
    const text = releaseWith(['', 'BELARUS', '', '**A TITLE**', '', 'Text.', '', '<https://nohost>']);
    expect(errorsOf(parseReleaseText(text, COUNTRIES))).toEqual([{ line: 16, message: 'invalid source link «https://nohost»' }]);
  });
});
