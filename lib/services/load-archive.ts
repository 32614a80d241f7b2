import type { DbOrTx } from '@/lib/db/client';
import { listArchive } from '@/lib/db/queries/reader';
import { countPublishedArticles } from '@/lib/db/queries/release-texts';
import { LANGS, type Lang } from '@/lib/domain/lang';
import { coverImagePath, editionPdfPath } from '@/lib/domain/release-urls';

export interface ArchiveEdition {
  lang: Lang;
  bytes: number;
  /** The latest-revision download, e.g. /releases/2024/1/en.pdf */
  href: string;
  /** The cover thumbnail of this revision's edition (immutable URL). */
  coverHref: string;
}

export interface ArchiveIssue {
  year: number;
  number: number;
  periodStart: string;
  periodEnd: string;
  revision: number;
  publishedAt: string | null;
  articleCount: number;
  editions: ArchiveEdition[];
}

/** The public archive: every published issue with its latest editions, newest first. */
export function loadArchive(db: DbOrTx): ArchiveIssue[] {
  const archive = listArchive(db);
  const counts = countPublishedArticles(db, archive.flatMap(({ files }) => Object.values(files).map((f) => f.id)));
  return archive.map(({ issue, files }) => {
    const ref = { year: issue.year, number: issue.number };
    const present = LANGS.flatMap((lang) => (files[lang] ? [files[lang]] : []));
    return {
      ...ref,
      periodStart: issue.periodStart,
      periodEnd: issue.periodEnd,
      revision: issue.revision,
      publishedAt: issue.publishedAt,
      articleCount: Math.max(0, ...present.map((f) => counts.get(f.id) ?? 0)),
      editions: present.map((file) => ({
        lang: file.lang,
        bytes: file.bytes,
        href: editionPdfPath(ref, file.lang),
        coverHref: coverImagePath(ref, file.revision, file.lang),
      })),
    };
  });
}

/** Years in the order given (newest first), each with its issues. */
export function groupByYear<T extends { year: number }>(items: T[]): Array<{ year: number; items: T[] }> {
  const groups: Array<{ year: number; items: T[] }> = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.year === item.year) last.items.push(item);
    else groups.push({ year: item.year, items: [item] });
  }
  return groups;
}
