import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { issues } from '@/lib/db/schema';
import { issueArticleRows } from '@/lib/db/queries/issue-desk';
import type { Actor } from './actor';
import { ForbiddenError } from './errors';
import { assertCanAssemble, loadIssue } from './issue-access';

/**
 * Deletes an issue that was never published (one created by mistake, or with the wrong number):
 * its articles go back to the approved articles offered to other issues, its number becomes free.
 * A published issue, or one under correction, stays: its files are the record of what was published.
 */
export function deleteIssue(db: Db, actor: Actor, input: { issueId: number }): { year: number; number: number; articles: number } {
  assertCanAssemble(actor);
  return db.transaction((tx) => {
    const issue = loadIssue(tx, input.issueId);
    if (issue.status !== 'draft' || issue.revision > 0) throw new ForbiddenError('published');
    const articles = issueArticleRows(tx, issue.id).length;
    // Its article list and import records go with it (ON DELETE CASCADE).
    tx.delete(issues).where(eq(issues.id, issue.id)).run();
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'delete_issue',
      entity: 'issue',
      entityId: issue.id,
      details: { year: issue.year, number: issue.number, articles },
    });
    return { year: issue.year, number: issue.number, articles };
  });
}
