import type { Lang } from './lang';

/**
 * A file size as a reader reads it, in decimal units: "165 kB", "1.2 MB" / «165 кБ», «1,2 МБ».
 * Below 10 MB one decimal is kept, above it none.
 */
export function formatFileSize(bytes: number, lang: Lang): string {
  const format = (value: number, unit: 'kilobyte' | 'megabyte' | 'gigabyte', digits: number) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return `${new Intl.NumberFormat(lang).format(bytes)}\u00a0${lang === 'ru' ? 'Б' : 'B'}`;
  if (bytes < 1_000_000) return format(bytes / 1000, 'kilobyte', 0);
  if (bytes < 1_000_000_000) return format(bytes / 1_000_000, 'megabyte', bytes < 10_000_000 ? 1 : 0);
  return format(bytes / 1_000_000_000, 'gigabyte', 1);
}
