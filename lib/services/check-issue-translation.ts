import type { Db } from '@/lib/db/client';
import { findIssue, listIssueArticles } from '@/lib/db/queries/issues';
import { listDismissedFingerprints } from '@/lib/db/queries/translation-dismissals';
import { checkTranslation, type ArticleFinding } from '@/lib/domain/translation-checks';
import type { Actor } from './actor';
import { NotFoundError } from './errors';
import { assertDeskUser } from './issue-access';
import { checkInputOf, checkOptions } from './translation-findings';

export interface CheckIssueTranslationInput {
  year: number;
  number: number;
}

export interface IssueTranslationFinding extends ArticleFinding {
  articleId: number;
  /** The article's place in the issue, from 1, in publication order. */
  position: number;
  country: string;
}

export interface IssueTranslationCheck {
  issue: { id: number; year: number; number: number };
  articleCount: number;
  /** Open findings, article by article in publication order (errors first within an article). */
  findings: IssueTranslationFinding[];
  dismissedCount: number;
}

/** The consistency checks of every article of an issue (npm run check:translation); read-only. */
export function checkIssueTranslation(db: Db, actor: Actor, input: CheckIssueTranslationInput): IssueTranslationCheck {
  assertDeskUser(actor);
  const issue = findIssue(db, input.year, input.number);
  if (!issue) throw new NotFoundError(`There is no issue #${input.number} of ${input.year}.`);
  const items = listIssueArticles(db, issue.id);
  const dismissed = listDismissedFingerprints(db, items.map((i) => i.article.id));
  const options = checkOptions(db);
  const findings: IssueTranslationFinding[] = [];
  let dismissedCount = 0;
  items.forEach(({ article, photos }, index) => {
    const gone = dismissed.get(article.id) ?? new Set<string>();
    for (const f of checkTranslation(checkInputOf(article, photos), options)) {
      if (gone.has(f.fingerprint)) dismissedCount++;
      else findings.push({ ...f, articleId: article.id, position: index + 1, country: article.countryCode });
    }
  });
  return { issue: { id: issue.id, year: issue.year, number: issue.number }, articleCount: items.length, findings, dismissedCount };
}
