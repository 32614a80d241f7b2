import type { DbOrTx } from '@/lib/db/client';
import { findIssue, listIssueArticles } from '@/lib/db/queries/issues';
import { findReleaseImport } from '@/lib/db/queries/release-imports';

/**
 * What a plan was computed on: the issue (or its absence), its status, its imported editions and its
 * articles with their versions. An apply that finds another basis refuses (the plan is outdated).
 */
export function issueBasis(db: DbOrTx, year: number, number: number): string {
  const issue = findIssue(db, year, number);
  if (!issue) return JSON.stringify({ year, number, issue: null });
  return JSON.stringify({
    year,
    number,
    issue: issue.id,
    status: issue.status,
    period: [issue.periodStart, issue.periodEnd],
    imports: (['en', 'ru'] as const).map((lang) => findReleaseImport(db, issue.id, lang)?.sha256 ?? null),
    articles: listIssueArticles(db, issue.id).map((e) => [e.article.id, e.article.version, e.position]),
  });
}
