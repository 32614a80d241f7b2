import { describe, expect, it } from 'vitest';
import { CountryIndex } from '@/lib/domain/release-text';
import { foldName, nameCore, unknownHeadingIssue } from '@/lib/domain/release-text/countries';
import { countryNamesFrom } from '@/lib/db/queries/country-names';
import { referenceCountries } from '@/lib/db/reference/reference-countries';

/** The index a freshly seeded database gives. */
function seededIndex(): CountryIndex {
  const rows = [...referenceCountries().values()].map((c) => ({
    code: c.code,
    nameEn: c.nameEn,
    nameRu: c.nameRu,
    shortEn: c.shortEn.value,
    shortRu: c.shortRu.value,
    headingEn: c.headingEn.value,
    headingRu: c.headingRu.value,
  }));
  return new CountryIndex(countryNamesFrom(rows));
}

const index = seededIndex();

describe('CountryIndex.match', () => {
  it.each([
    ['ISLAMIC REPUBLIC OF AFGHANISTAN', 'AF'],
    ['ИСЛАМСКАЯ РЕСПУБЛИКА АФГАНИСТАН', 'AF'],
    ['Islamic Emirate of Afghanistan', 'AF'],
    ['ISLAMIC REPUBLIC OF IRAN', 'IR'],
    ['REPUBLIC OF IRAN', 'IR'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['ИСЛАМСКАЯ РЕСПУБЛИКА ИРАН', 'IR'],
    ['РЕСПУБЛИКА ИРАН', 'IR'],
    ['иран', 'IR'],
    ['ISLAMIC REPUBLIC OF PAKISTAN', 'PK'],
    ['KYRGYZ REPUBLIC', 'KG'],
    ['КЫРГЫЗСКАЯ РЕСПУБЛИКА', 'KG'],
    ['REPUBLIC OF KYRGYZSTAN', 'KG'],
    ['Киргизия', 'KG'],
    ['REPUBLIC OF TÜRKIYE', 'TR'],
    ['REPUBLIC OF TURKIYE', 'TR'],
    ['TURKEY', 'TR'],
    ['ТУРЕЦКАЯ РЕСПУБЛИКА', 'TR'],
    ['REPUBLIC OF MOLDOVA', 'MD'],
    ['Moldova, Republic of', 'MD'],
    ['МОЛДАВИЯ', 'MD'],
    ['KINGDOM OF SPAIN', 'ES'],
    ['KINGDOM OF THE NETHERLANDS', 'NL'],
    ['THE NETHERLANDS', 'NL'],
    ['REPUBLIC OF KOREA', 'KR'],
    ['Korea, Republic of', 'KR'],
    ['SYRIA', 'SY'],
    ['LAO REPUBLIC', 'LA'],
    ['КИТАЙСКАЯ НАРОДНАЯ РЕСПУБЛИКА', 'CN'],
    ['CHINA', 'CN'],
    ['BELARUS', 'BY'],
    ['Республика Беларусь', 'BY'],
    ['**RUSSIAN FEDERATION**', 'RU'],
    ['REPUBLIC OF THE CONGO', 'CG'],
    ['DEMOCRATIC REPUBLIC OF THE CONGO', 'CD'],
  ])('recognises %s as %s', (heading, code) => {
    expect(index.match(heading)).toBe(code);
  });

  it('finds nothing for a core two countries share, nor for a made-up country', () => {
    expect(index.match('KOREA')).toBeNull(); // North and South
    expect(index.match('REPUBLIC OF ATLANTIS')).toBeNull();
    expect(index.match('POLICE OFFICERS OF IRAN SEIZED HEROIN')).toBeNull();
  });

  it('keeps a name to the first country that claims it', () => {
    const own = new CountryIndex([
      { code: 'AA', names: ['Republic of Alpha'] },
      { code: 'BB', names: ['Republic of Alpha', 'Beta'] },
    ]);
    expect(own.match('REPUBLIC OF ALPHA')).toBe('AA');
    expect(own.match('BETA')).toBe('BB');
  });
});

describe('nameCore', () => {
  it.each([
    ['islamic republic of iran', 'iran'],
    ['moldova, republic of', 'moldova'],
    ['kyrgyz republic', 'kyrgyz'],
    ['republic of the union of myanmar', 'myanmar'],
    ['республика союз мьянма', 'мьянма'],
    ['сирийская арабская республика', 'сирийская'],
    ['united states of america', 'united states of america'],
  ])('%s → %s', (name, core) => {
    expect(nameCore(foldName(name))).toBe(core);
  });
});

describe('unknown headings', () => {
  it('names the closest countries and where to add the heading', () => {
    const issue = unknownHeadingIssue(12, 'ISLAMIC REPUBLIK OF AFGANISTAN', index);
    expect(issue.line).toBe(12);
    expect(issue.unknownHeading?.closest[0]).toEqual({ code: 'AF', shortEn: 'Afghanistan', shortRu: 'Афганистан' });
    expect(issue.message).toMatch(/^unknown country heading «ISLAMIC REPUBLIK OF AFGANISTAN»; closest countries: Afghanistan \(AF\), /);
    expect(issue.message).toContain('Administration → Countries');
  });

  it('suggests by the core of a heading with a state form, not by the state form', () => {
    expect(index.closest('ИСЛАМСКАЯ РЕСПУБЛИКА ПАКИСТАНН')[0]!.code).toBe('PK');
    expect(index.closest('KINGDOM OF TADJIKISTAN')[0]!.code).toBe('TJ');
    expect(index.closest('KINGDOM OF TADJIKISTAN').map((c) => c.code)).not.toContain('ES');
  });
});
