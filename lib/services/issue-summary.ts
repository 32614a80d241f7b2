import type { DbOrTx } from '@/lib/db/client';
import type { IssueRow } from '@/lib/db/queries/issue-desk';
import { listIssueArticles, type IssueArticle } from '@/lib/db/queries/issues';
import { getOrganisation } from '@/lib/db/queries/organisation';
import type { CheckSummary } from '@/lib/domain/issue-checks';
import { LANGS, type Lang } from '@/lib/domain/lang';
import { generateSummary, type SummaryText } from '@/lib/domain/summary';

export interface IssueSummary extends CheckSummary {
  lang: Lang;
  generated: SummaryText;
  /** What the edition prints: the override where there is one. */
  effective: SummaryText;
}

/** The issue's articles grouped into sections, in publication order. */
export function sectionsOfIssue(items: IssueArticle[]): IssueArticle[][] {
  const groups: IssueArticle[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.country.code === item.country.code) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** The summary paragraphs of both editions: generated from the current assembly, and the overrides. */
export function buildIssueSummaries(db: DbOrTx, issue: IssueRow, items = listIssueArticles(db, issue.id)): Record<Lang, IssueSummary> {
  const org = getOrganisation(db);
  const sections = sectionsOfIssue(items);
  const build = (lang: Lang): IssueSummary => {
    const en = lang === 'en';
    const countries = sections.map((group) => ({
      shortName: en ? group[0]!.country.shortEn : group[0]!.country.shortRu,
      isMember: group[0]!.country.isMember,
      count: group.length,
      digests: group.map(({ article }) => (en ? article.digestEn : article.digestRu)),
    }));
    const generated = generateSummary({
      lang,
      periodStart: issue.periodStart,
      periodEnd: issue.periodEnd,
      organisationShortName: en ? org.shortNameEn : org.shortNameRu,
      countries,
    });
    const countsOverride = en ? issue.summaryCountsEn : issue.summaryCountsRu;
    const digestOverride = en ? issue.summaryDigestEn : issue.summaryDigestRu;
    return {
      lang,
      generated,
      effective: { counts: countsOverride ?? generated.counts, digest: digestOverride ?? generated.digest },
      countsOverride,
      digestOverride,
      countries: countries.map((c) => ({ name: c.shortName, count: c.count })),
    };
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, build(lang)])) as Record<Lang, IssueSummary>;
}
