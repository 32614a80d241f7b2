import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { issues } from '@/lib/db/schema';
import { issueArticleRows, setArticlesStatus, type IssueRow } from '@/lib/db/queries/issue-desk';
import type { Actor } from './actor';
import { ForbiddenError } from './errors';
import { assertCanAssemble, loadIssue } from './issue-access';

/**
 * Opens a published issue for a correction: the issue goes to 'correction' (its published files
 * stay public and listed) and its articles back to 'approved', so that the chief editor can reopen
 * any of them through the editorial workflow or change the assembly; publishing again makes the
 * next revision.
 */
export function startCorrection(db: Db, actor: Actor, input: { issueId: number }, now: () => Date = () => new Date()): IssueRow {
  assertCanAssemble(actor);
  return db.transaction((tx) => {
    const issue = loadIssue(tx, input.issueId);
    if (issue.status !== 'published') throw new ForbiddenError('state');
    const at = now().toISOString();
    const articleIds = issueArticleRows(tx, issue.id).map((r) => r.articleId);
    setArticlesStatus(tx, articleIds, 'approved', at);
    const updated = tx.update(issues).set({ status: 'correction' }).where(eq(issues.id, issue.id)).returning().get();
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'start_correction',
      entity: 'issue',
      entityId: issue.id,
      details: { year: issue.year, number: issue.number, publishedRevision: issue.revision },
    });
    return updated;
  });
}
