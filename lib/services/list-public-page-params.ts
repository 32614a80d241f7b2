import type { DbOrTx } from '@/lib/db/client';
import { listArchive } from '@/lib/db/queries/reader';
import type { Lang } from '@/lib/domain/lang';

/**
 * Issue pages to prerender at build time (generateStaticParams): the published issues, as URL
 * strings. Anything published later is rendered on its first visit and cached the same way.
 */
export function listPublishedIssueParams(db: DbOrTx): Array<{ year: string; number: string; editions: Lang[] }> {
  return listArchive(db).map(({ issue, files }) => ({
    year: String(issue.year),
    number: String(issue.number),
    editions: (Object.keys(files) as Lang[]).sort(),
  }));
}
