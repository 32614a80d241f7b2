import type { DbOrTx } from '@/lib/db/client';
import { listCountryNames } from '@/lib/db/queries/country-names';
import { findIssueById } from '@/lib/db/queries/issue-desk';
import { CountryIndex, type ParsedRelease, type ParseIssue } from '@/lib/domain/release-text';
import { compareCountsParagraphs, describeSummaryDifferences, type SummaryDifference } from '@/lib/domain/summary-comparison';
import { plainSummary } from '@/lib/domain/summary';
import { buildIssueSummaries } from './issue-summary';

export interface SummaryComparisonIssue extends ParseIssue {
  summary: { text: string; generated: string; differences: SummaryDifference[] };
}

/**
 * Part of an import, inside its transaction once the articles are stored: the text's own counts
 * paragraph against the one the issue now generates in that language. A difference in the period,
 * the number of events, a name or a count is reported with both paragraphs; the generated one stays.
 */
export function compareImportedSummary(tx: DbOrTx, issueId: number, release: ParsedRelease): SummaryComparisonIssue[] {
  if (!release.summaryCounts) return [];
  const issue = findIssueById(tx, issueId);
  if (!issue) return [];
  const generated = plainSummary(buildIssueSummaries(tx, issue)[release.lang].generated.counts);
  const index = new CountryIndex(listCountryNames(tx));
  const sameCountry = (a: string, b: string) => {
    const code = index.match(a);
    return code !== null && code === index.match(b);
  };
  const differences = compareCountsParagraphs(release.summaryCounts, generated, sameCountry);
  if (differences.length === 0) return [];
  return [
    {
      line: 0,
      message:
        `the summary paragraph of the text differs from the one generated from the articles, which is kept ` +
        `(${describeSummaryDifferences(differences)}). Text: «${release.summaryCounts}» Generated: «${generated}»`,
      summary: { text: release.summaryCounts, generated, differences },
    },
  ];
}
