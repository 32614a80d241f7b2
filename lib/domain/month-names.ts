import type { Lang } from './lang';

/** Short month names in a language (Jan…Dec, янв.…дек.), for chart axes and table headers. */
export function shortMonthNames(lang: Lang): string[] {
  const format = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2024, m, 1))));
}
