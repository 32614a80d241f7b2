import type { DbOrTx } from '@/lib/db/client';
import { listEarlierSources } from '@/lib/db/queries/issue-desk';
import { listIssueArticles, type IssueArticle } from '@/lib/db/queries/issues';
import { checkIssue as runChecks, hasErrors, type CheckArticle, type IssueProblem, type PhotoColumn } from '@/lib/domain/issue-checks';
import { LANGS, type Lang } from '@/lib/domain/lang';
import { COLUMN_WIDTH, MAX_PHOTO_HEIGHT } from '@/lib/pdf/styles';
import type { Actor } from './actor';
import { assertDeskUser, loadIssue } from './issue-access';
import { buildIssueSummaries, sectionsOfIssue } from './issue-summary';
import { listDismissedFingerprints } from '@/lib/db/queries/translation-dismissals';
import { checkTranslation, countFindings, openFindings, type CheckOptions } from '@/lib/domain/translation-checks';
import { checkInputOf, checkOptions } from './translation-findings';

/** Photos print at the width of the PDF's text column; a print needs 150 pixels per inch. */
export const PRINT_COLUMN: PhotoColumn = { widthPt: COLUMN_WIDTH, maxHeightPt: MAX_PHOTO_HEIGHT, dpi: 150 };

export interface CheckIssueInput {
  issueId: number;
  /** The editions to be published (default both). */
  langs?: Lang[];
}

export interface IssueCheckResult {
  langs: Lang[];
  problems: IssueProblem[];
  /** No errors: the issue may be published (warnings are the chief editor's call). */
  publishable: boolean;
}

/** Everything to look at before publishing; read-only, for any desk user. */
export function checkIssue(db: DbOrTx, actor: Actor, input: CheckIssueInput): IssueCheckResult {
  assertDeskUser(actor);
  const issue = loadIssue(db, input.issueId);
  const langs = input.langs?.length ? LANGS.filter((l) => input.langs!.includes(l)) : [...LANGS];
  const items = listIssueArticles(db, issue.id);
  const summaries = buildIssueSummaries(db, issue, items);
  const options = checkOptions(db);
  const dismissed = listDismissedFingerprints(db, items.map((i) => i.article.id));
  const problems = runChecks({
    langs,
    periodStart: issue.periodStart,
    periodEnd: issue.periodEnd,
    sections: sectionsOfIssue(items).map((group) => ({
      countryCode: group[0]!.country.code,
      heading: { en: group[0]!.country.headingEn, ru: group[0]!.country.headingRu },
      articleIds: group.map((i) => i.article.id),
    })),
    articles: items.map((item) => ({ ...toCheckArticle(item), translation: translationOf(item, options, dismissed) })),
    earlierSources: listEarlierSources(db, issue.id),
    summaries,
    column: PRINT_COLUMN,
  });
  return { langs, problems, publishable: !hasErrors(problems) };
}

/** The open findings of the consistency checks between the article's English and Russian texts. */
function translationOf({ article, photos }: IssueArticle, options: CheckOptions, dismissed: Map<number, Set<string>>) {
  const findings = openFindings(checkTranslation(checkInputOf(article, photos), options), dismissed.get(article.id) ?? new Set<string>());
  return countFindings(findings);
}

function toCheckArticle({ article, sources, photos }: IssueArticle): CheckArticle {
  return {
    id: article.id,
    countryCode: article.countryCode,
    status: article.status,
    eventDate: article.eventDate,
    untitled: article.untitled,
    title: { en: article.titleEn, ru: article.titleRu },
    body: { en: article.bodyEn, ru: article.bodyRu },
    digest: { en: article.digestEn, ru: article.digestRu },
    sources,
    photos: photos.map((p) => ({
      id: p.id,
      width: p.width,
      height: p.height,
      caption: { en: p.captionEn, ru: p.captionRu },
      credit: { en: p.creditEn, ru: p.creditRu },
    })),
  };
}
