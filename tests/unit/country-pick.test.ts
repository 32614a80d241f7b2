import { describe, expect, it } from 'vitest';
import { countryLabel, resolveCountry } from '@/lib/domain/country-pick';

const choices = [
  { code: 'KZ', nameEn: 'Kazakhstan', nameRu: 'Казахстан', isMember: true },
  { code: 'RU', nameEn: 'Russia', nameRu: 'Россия', isMember: true },
  { code: 'CN', nameEn: 'China', nameRu: 'Китай', isMember: false },
];

describe('country picker', () => {
  it('finds a country by code or by its name in either language, ignoring case', () => {
    expect(resolveCountry(choices, 'kz')?.code).toBe('KZ');
    expect(resolveCountry(choices, ' russia ')?.code).toBe('RU');
    expect(resolveCountry(choices, 'КИТАЙ')?.code).toBe('CN');
  });
  it('takes nothing for a partial or unknown name', () => {
    expect(resolveCountry(choices, 'Kaz')).toBeNull();
    expect(resolveCountry(choices, '')).toBeNull();
    expect(resolveCountry(choices, 'Atlantis')).toBeNull();
  });
  it('labels in the UI language', () => {
    expect(countryLabel(choices[1]!, 'ru')).toBe('Россия');
  });
});
