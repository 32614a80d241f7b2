import type { DbOrTx } from '@/lib/db/client';
import { listOfferedArticles, listReleaseFiles, type IssueRow, type OfferedArticle, type ReleaseFileRow } from '@/lib/db/queries/issue-desk';
import { listIssueArticles } from '@/lib/db/queries/issues';
import type { Lang } from '@/lib/domain/lang';
import { CAN_ASSEMBLE_ISSUES } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { checkIssue, type IssueCheckResult } from './check-issue';
import { assertDeskUser, loadIssue } from './issue-access';
import { buildIssueSummaries, sectionsOfIssue, type IssueSummary } from './issue-summary';

export interface DeskArticle {
  id: number;
  titleEn: string;
  titleRu: string;
  untitled: boolean;
  eventDate: string;
  status: string;
  photoCount: number;
}

export interface DeskSection {
  countryCode: string;
  nameEn: string;
  nameRu: string;
  isMember: boolean;
  articles: DeskArticle[];
}

export interface IssueDesk {
  issue: IssueRow;
  sections: DeskSection[];
  offered: OfferedArticle[];
  summaries: Record<Lang, IssueSummary>;
  /** Checks for both editions; null once published (nothing to publish). */
  checks: IssueCheckResult | null;
  files: ReleaseFileRow[];
  /** The actor may change and publish (chief editor, administrator) — the services check again. */
  canAssemble: boolean;
}

/** Everything the issue page shows, for any desk user. */
export function loadIssueDesk(db: DbOrTx, actor: Actor, issueId: number): IssueDesk {
  assertDeskUser(actor);
  const issue = loadIssue(db, issueId);
  const items = listIssueArticles(db, issue.id);
  const changeable = issue.status !== 'published';
  return {
    issue,
    sections: sectionsOfIssue(items).map((group) => ({
      countryCode: group[0]!.country.code,
      nameEn: group[0]!.country.shortEn,
      nameRu: group[0]!.country.shortRu,
      isMember: group[0]!.country.isMember,
      articles: group.map(({ article, photos }) => ({
        id: article.id,
        titleEn: article.titleEn,
        titleRu: article.titleRu,
        untitled: article.untitled,
        eventDate: article.eventDate,
        status: article.status,
        photoCount: photos.length,
      })),
    })),
    offered: changeable ? listOfferedArticles(db, issue) : [],
    summaries: buildIssueSummaries(db, issue, items),
    checks: changeable ? checkIssue(db, actor, { issueId: issue.id }) : null,
    files: listReleaseFiles(db, issue.id),
    canAssemble: actor.role === 'system' || CAN_ASSEMBLE_ISSUES.includes(actor.role),
  };
}
