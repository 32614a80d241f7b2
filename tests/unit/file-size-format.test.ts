import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFileSize } from '@/lib/domain/file-size';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('one file-size format', () => {
  it('every screen sizes files with formatFileSize (decimal units), none divides by 1024 itself', () => {
    const offenders = [...sourceFiles('app'), ...sourceFiles('components')].filter((file) => /\/\s*1024\b/.test(fs.readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('reads the same in both languages, with their own decimal sign', () => {
    expect(formatFileSize(68_600, 'en')).toBe('69 kB');
    expect(formatFileSize(1_234_567, 'ru')).toMatch(/^1,2\s?МБ$/);
  });
});
