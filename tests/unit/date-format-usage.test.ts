import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The pages write dates only through lib/domain/date-format.ts. The PDF (lib/pdf) and the release's
 * printed forms (lib/domain/period.ts) keep their own; month-names.ts gives chart axes their labels.
 */
const ALLOWED = new Set(['lib/domain/date-format.ts', 'lib/domain/period.ts', 'lib/domain/month-names.ts']);
/**
 * The media-intake screens were being written in the same session as the one date format, with their
 * own formats: they are to move onto lib/domain/date-format.ts (then leave this list; it only shrinks).
 */
const NOT_YET_MOVED = new Set(['app/[locale]/desk/inbox/page.tsx', 'components/intake/capture-link-box.tsx', 'components/intake/item-reference.tsx', 'components/intake/outlet-table.tsx']);
const RAW_FORMATS: Array<[RegExp, string]> = [
  [/\.toLocale(Date|Time)?String\(/, 'toLocale…String'],
  [/new Intl\.DateTimeFormat\(/, 'new Intl.DateTimeFormat'],
  [/\bformat\.dateTime\(/, "next-intl's format.dateTime"],
  [/\bformat\.relativeTime\(/, "next-intl's format.relativeTime"],
  // A stored date put on the page as it is: `{row.eventDate}` or `{x.at.slice(0, 10)}` as element text.
  [/>\s*\{[\w.?!]+\.(eventDate|createdAt|updatedAt|publishedAt|sentAt|lockedUntil)\}/, 'a raw ISO date as text'],
];
/** In page code (.tsx) a sliced timestamp is a date shown raw; in services it may be data (YYYY-MM-DD). */
const RAW_IN_PAGES: Array<[RegExp, string]> = [[/\.(at|createdAt|updatedAt|publishedAt)\.slice\(0, 1[06]\)/, 'a sliced ISO timestamp']];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('date formats in the code', () => {
  it('go through lib/domain/date-format.ts in app/, components/ and lib/ (the PDF excepted)', () => {
    const found = ['app', 'components', 'lib']
      .flatMap(sources)
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => !ALLOWED.has(file) && !NOT_YET_MOVED.has(file) && !file.startsWith('lib/pdf/'))
      .flatMap((file) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => [...RAW_FORMATS, ...(file.endsWith('.tsx') ? RAW_IN_PAGES : [])].filter(([re]) => re.test(line)).map(([, what]) => `${file}:${i + 1} ${what}`)),
      );
    expect(found).toEqual([]);
  });
});
