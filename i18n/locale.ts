import { isLang, type Lang } from '@/lib/domain/lang';

export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const DEFAULT_LOCALE: Lang = 'en';

/** The user's saved choice, else the browser's preference, else English. */
export function pickLocale(cookieValue: string | undefined, acceptLanguage: string | null): Lang {
  if (isLang(cookieValue)) return cookieValue;
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return preferred.find(isLang) ?? DEFAULT_LOCALE;
}
