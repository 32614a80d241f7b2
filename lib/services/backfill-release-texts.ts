import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { findIssueById } from '@/lib/db/queries/issue-desk';
import { listIssueArticles, type IssueArticle } from '@/lib/db/queries/issues';
import { insertReleaseText, listReleaseFilesWithoutText, type NewPublishedArticle } from '@/lib/db/queries/release-texts';
import type { Lang } from '@/lib/domain/lang';
import { countryNamesOf } from './publication-text';
import { buildIssueSummaries } from './issue-summary';

/**
 * Gives every release file published before texts were stored with publications its stored text,
 * so that readers see published text only. The database holds the current text, which is the
 * published one only for the latest revision of an issue that is not under correction, and only for
 * articles still in the 'published' state (a reopened article may have been edited and approved
 * again). Every other article is stored as withheld: its heading, country and page, no text; the PDF
 * has it. Photos are not recovered. Runs with every `npm run db:migrate`; does nothing once done.
 */
export function backfillReleaseTexts(db: Db): { files: number; withheld: number } {
  return db.transaction((tx) => {
    const files = listReleaseFilesWithoutText(tx);
    let withheld = 0;
    for (const file of files) {
      const issue = findIssueById(tx, file.issueId);
      if (!issue) continue;
      const current = issue.status === 'published' && issue.revision === file.revision;
      const listed = Object.keys(file.toc.articles ?? {}).map(Number);
      const items = listIssueArticles(tx, issue.id).filter((item) =>
        listed.length > 0 ? listed.includes(item.article.id) : item.article.status === 'published',
      );
      const names = countryNamesOf(tx, items, file.lang);
      const articles = items.map((item, position): NewPublishedArticle => {
        const provable = current && item.article.status === 'published';
        if (!provable) withheld++;
        return backfilledArticle(item, position, file.lang, names, file.toc.articles?.[String(item.article.id)] ?? null, provable);
      });
      const summary = current ? buildIssueSummaries(tx, issue, items)[file.lang].effective : { counts: '', digest: '' };
      insertReleaseText(tx, { releaseFileId: file.id, summaryCounts: summary.counts, summaryDigest: summary.digest, backfilled: true, articles });
    }
    if (files.length > 0) {
      writeAudit(tx, {
        actor: 'system',
        action: 'backfill_release_texts',
        entity: 'database',
        details: { files: files.length, withheld },
      });
    }
    return { files: files.length, withheld };
  });
}

function backfilledArticle(
  { article, country, sources }: IssueArticle,
  position: number,
  lang: Lang,
  names: Map<string, string>,
  page: number | null,
  provable: boolean,
): NewPublishedArticle {
  const en = lang === 'en';
  return {
    position,
    articleId: article.id,
    countryCode: country.code,
    countryName: names.get(country.code) ?? (en ? country.shortEn : country.shortRu),
    sectionHeading: en ? country.headingEn : country.headingRu,
    eventDate: article.eventDate,
    outlet: provable ? article.outlet : '',
    title: provable ? (en ? article.titleEn : article.titleRu) : '',
    digest: provable ? (en ? article.digestEn : article.digestRu) : '',
    body: provable ? (en ? article.bodyEn : article.bodyRu) : '',
    sources: provable ? sources : [],
    photos: [],
    page,
    withheld: !provable,
  };
}
