import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import {
  articlesInPublicIssues,
  deleteIssueArticles,
  findArticleStates,
  insertIssueArticle,
  issueArticleRows,
} from '@/lib/db/queries/issue-desk';
import type { Actor } from './actor';
import { NotFoundError, ValidationError } from './errors';
import { loadChangeableIssue } from './issue-access';

export interface SetIssueArticlesInput {
  issueId: number;
  add?: number[];
  remove?: number[];
}

const ids = z.array(z.number().int().positive()).max(500);
const schema = z.object({ add: ids.default([]), remove: ids.default([]) });

export interface SetIssueArticlesResult {
  added: number[];
  removed: number[];
}

/**
 * Adds approved articles to the issue (at the end of their section) and removes articles from it.
 * An article that another published issue holds, or that is not approved, cannot be added.
 */
export function setIssueArticles(db: Db, actor: Actor, input: SetIssueArticlesInput): SetIssueArticlesResult {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  return db.transaction((tx) => {
    const issue = loadChangeableIssue(tx, actor, input.issueId);
    const current = issueArticleRows(tx, issue.id);
    const present = new Set(current.map((r) => r.articleId));
    const removed = [...new Set(parsed.data.remove)].filter((id) => present.has(id));
    const add = [...new Set(parsed.data.add)].filter((id) => !present.has(id) && !removed.includes(id));

    const states = new Map(findArticleStates(tx, add).map((a) => [a.id, a]));
    const missing = add.find((id) => !states.has(id));
    if (missing !== undefined) throw new NotFoundError(`There is no article #${missing}.`);
    if (add.some((id) => states.get(id)!.status !== 'approved')) throw new ValidationError({ add: 'notApproved' });
    if (articlesInPublicIssues(tx, add, issue.id).length > 0) throw new ValidationError({ add: 'published' });

    deleteIssueArticles(tx, issue.id, removed);
    let next = current.reduce((max, r) => Math.max(max, r.position), -1) + 1;
    for (const id of add) insertIssueArticle(tx, issue.id, id, next++);
    if (add.length > 0 || removed.length > 0) {
      writeAudit(tx, {
        actorId: actor.id,
        actor: actor.label,
        action: 'set_issue_articles',
        entity: 'issue',
        entityId: issue.id,
        details: { added: add, removed },
      });
    }
    return { added: add, removed };
  });
}
