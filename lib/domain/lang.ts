export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ru';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ru' : 'en';
}
