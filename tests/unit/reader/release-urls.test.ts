import { describe, expect, it } from 'vitest';
import { formatFileSize } from '@/lib/domain/file-size';
import { coverImagePath, downloadFileName, editionPdfPath, parseIssueRef, parseReleaseFile, readingPath } from '@/lib/domain/release-urls';

const jan = { year: 2024, number: 1 };

describe('release URLs', () => {
  it('builds the public paths of an issue', () => {
    expect(editionPdfPath(jan, 'en')).toBe('/releases/2024/1/en.pdf');
    expect(editionPdfPath(jan, 'ru', { revision: 2 })).toBe('/releases/2024/1/r2/ru.pdf');
    expect(editionPdfPath(jan, 'en', { inline: true, page: 9 })).toBe('/releases/2024/1/en.pdf?inline=1#page=9');
    expect(coverImagePath(jan, 3, 'ru')).toBe('/releases/2024/1/r3/ru-cover.webp');
    expect(readingPath(jan, 'ru')).toBe('/releases/2024/1/ru');
    expect(downloadFileName({ year: 2024, number: 11 }, 'en')).toBe('caricc-information-release-2024-11-en.pdf');
    expect(downloadFileName(jan, 'ru', 2)).toBe('caricc-information-release-2024-01-ru-r2.pdf');
  });

  it('reads file paths back, refusing anything else', () => {
    expect(parseReleaseFile(['en.pdf'])).toEqual({ kind: 'pdf', lang: 'en', revision: null });
    expect(parseReleaseFile(['r12', 'ru.pdf'])).toEqual({ kind: 'pdf', lang: 'ru', revision: 12 });
    expect(parseReleaseFile(['r1', 'en-cover.webp'])).toEqual({ kind: 'cover', lang: 'en', revision: 1 });
    for (const bad of [[], ['de.pdf'], ['en.PDF'], ['r0', 'en.pdf'], ['r01', 'en.pdf'], ['r1'], ['en-cover.webp'], ['r1', 'x', 'en.pdf'], ['..', 'en.pdf']]) {
      expect(parseReleaseFile(bad), bad.join('/')).toBeNull();
    }
  });

  it('accepts only plain years and numbers', () => {
    expect(parseIssueRef('2024', '1')).toEqual(jan);
    for (const [y, n] of [['2024', '01'], ['24', '1'], ['2024', '0'], ['2024', '1e2'], ['1800', '1'], ['2024', '1000']]) {
      expect(parseIssueRef(y!, n!), `${y}/${n}`).toBeNull();
    }
  });
});

describe('formatFileSize', () => {
  it('reads like a size in each language', () => {
    expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatFileSize(1_234_567, 'ru').replace(/\s/g, ' ')).toBe('1,2 МБ');
    expect(formatFileSize(169_049, 'en')).toBe('169 kB');
    expect(formatFileSize(15_400_000, 'en')).toBe('15 MB');
    expect(formatFileSize(512, 'en')).toBe('512\u00a0B');
    expect(formatFileSize(512, 'ru')).toBe('512\u00a0Б');
  });
});
