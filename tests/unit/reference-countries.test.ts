import { describe, expect, it } from 'vitest';
import { libraryShortName, referenceCountries } from '@/lib/db/reference/reference-countries';
import { listIsoCountries } from '@/lib/db/reference/iso-countries';
import { SECTION_HEADINGS, SHORT_NAMES } from '@/lib/db/reference/publication-countries';
import { CountryIndex } from '@/lib/domain/release-text';
import { countryNamesFrom } from '@/lib/db/queries/country-names';

const ref = referenceCountries();
const names = (code: string) => {
  const c = ref.get(code)!;
  return [c.shortEn.value, c.shortRu.value, c.headingEn.value, c.headingRu.value];
};

describe('reference country names', () => {
  it.each([
    ['IR', 'Iran', 'Иран'],
    ['SY', 'Syria', 'Сирия'],
    ['LA', 'Laos', 'Лаос'],
    ['MD', 'Moldova', 'Молдова'],
    ['TR', 'Türkiye', 'Турция'],
    ['KR', 'South Korea', 'Республика Корея'],
    ['AF', 'Afghanistan', 'Афганистан'],
    ['PK', 'Pakistan', 'Пакистан'],
    ['KG', 'Kyrgyzstan', 'Кыргызстан'],
    ['TM', 'Turkmenistan', 'Туркменистан'],
    ['RU', 'Russia', 'Россия'],
    ['CN', 'China', 'Китай'],
    ['BY', 'Belarus', 'Беларусь'],
    ['US', 'USA', 'США'],
    ['GB', 'United Kingdom', 'Великобритания'],
  ])('%s is called %s / %s in the summary', (code, en, ru) => {
    expect([ref.get(code)!.shortEn.value, ref.get(code)!.shortRu.value]).toEqual([en, ru]);
  });

  it('takes short names from the library alias where it has one, from the repository where it does not', () => {
    expect(ref.get('IR')!.shortEn).toEqual({ value: 'Iran', origin: 'library_alias' });
    expect(ref.get('CZ')!.shortEn).toEqual({ value: 'Czechia', origin: 'library_alias' });
    expect(ref.get('GB')!.shortEn).toEqual({ value: 'United Kingdom', origin: 'library_name' }); // not the alias "UK"
    expect(ref.get('SY')!.shortEn).toEqual({ value: 'Syria', origin: 'repository' });
    expect(ref.get('MD')!.shortRu).toEqual({ value: 'Молдова', origin: 'repository' });
    expect(libraryShortName('Islamic Republic of Iran', 'Iran')).toEqual({ value: 'Iran', origin: 'library_alias' });
    expect(libraryShortName('United Arab Emirates', 'UAE')).toEqual({ value: 'United Arab Emirates', origin: 'library_name' });
  });

  it('ships the official headings of the usual other countries as pairs, and keeps the sample\'s own', () => {
    expect(names('AF').slice(2)).toEqual(['ISLAMIC REPUBLIC OF AFGHANISTAN', 'ИСЛАМСКАЯ РЕСПУБЛИКА АФГАНИСТАН']);
    expect(names('IR').slice(2)).toEqual(['ISLAMIC REPUBLIC OF IRAN', 'ИСЛАМСКАЯ РЕСПУБЛИКА ИРАН']);
    expect(names('PK').slice(2)).toEqual(['ISLAMIC REPUBLIC OF PAKISTAN', 'ИСЛАМСКАЯ РЕСПУБЛИКА ПАКИСТАН']);
    expect(names('TR').slice(2)).toEqual(['REPUBLIC OF TÜRKIYE', 'ТУРЕЦКАЯ РЕСПУБЛИКА']);
    expect(names('GE').slice(2)).toEqual(['GEORGIA', 'ГРУЗИЯ']);
    expect(names('AM').slice(2)).toEqual(['REPUBLIC OF ARMENIA', 'РЕСПУБЛИКА АРМЕНИЯ']);
    expect(names('UA').slice(2)).toEqual(['UKRAINE', 'УКРАИНА']);
    expect(names('MD').slice(2)).toEqual(['REPUBLIC OF MOLDOVA', 'РЕСПУБЛИКА МОЛДОВА']);
    expect(names('MN').slice(2)).toEqual(['MONGOLIA', 'МОНГОЛИЯ']);
    expect(names('CN').slice(2)).toEqual(['CHINA', 'КИТАЙ']);
    expect(names('BY').slice(2)).toEqual(['BELARUS', 'БЕЛАРУСЬ']);
    expect(ref.get('AF')!.headingEn.origin).toBe('repository');
  });

  it('derives every other heading from the short names, the same way in both languages', () => {
    const fiji = ref.get('FJ')!;
    expect([fiji.headingEn, fiji.headingRu]).toEqual([
      { value: 'FIJI', origin: 'derived' },
      { value: 'ФИДЖИ', origin: 'derived' },
    ]);
  });

  it('gives every country its own short names and headings in each language', () => {
    for (const field of ['shortEn', 'shortRu', 'headingEn', 'headingRu'] as const) {
      const values = [...ref.values()].map((c) => c[field].value.toLocaleLowerCase());
      expect(values.filter((v, i) => values.indexOf(v) !== i), field).toEqual([]);
    }
  });

  it('finds every country again by each of its four names', () => {
    const rows = [...ref.values()].map((c) => ({
      code: c.code, nameEn: c.nameEn, nameRu: c.nameRu,
      shortEn: c.shortEn.value, shortRu: c.shortRu.value, headingEn: c.headingEn.value, headingRu: c.headingRu.value,
    }));
    const index = new CountryIndex(countryNamesFrom(rows));
    for (const c of ref.values()) {
      for (const name of names(c.code)) expect(index.match(name), `${c.code} ${name}`).toBe(c.code);
    }
  });

  it('ships no repository data for a country the library does not know, nor short names it already gives', () => {
    const iso = new Map(listIsoCountries().map((c) => [c.code, c]));
    for (const code of [...Object.keys(SHORT_NAMES), ...SECTION_HEADINGS.map((h) => h.code)]) expect(iso.has(code), code).toBe(true);
    for (const [code, data] of Object.entries(SHORT_NAMES)) {
      const c = iso.get(code)!;
      if (data.en) expect(data.en, code).not.toBe(libraryShortName(c.nameEn, c.aliasEn).value);
      if (data.ru) expect(data.ru, code).not.toBe(libraryShortName(c.nameRu, c.aliasRu).value);
    }
  });
});
