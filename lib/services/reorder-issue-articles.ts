import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { issueArticleRows, setIssueArticlePosition } from '@/lib/db/queries/issue-desk';
import type { Actor } from './actor';
import { ValidationError } from './errors';
import { loadChangeableIssue } from './issue-access';

export interface ReorderIssueArticlesInput {
  issueId: number;
  countryCode: string;
  /** Every article of that section, in the new order. */
  articleIds: number[];
}

const schema = z.object({
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  articleIds: z.array(z.number().int().positive()).min(1).max(500),
});

/**
 * Puts the articles of one country section in a new order. The section keeps the positions it had
 * (handed out again in the new order), so the other sections and their order do not move.
 */
export function reorderIssueArticles(db: Db, actor: Actor, input: ReorderIssueArticlesInput): void {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { countryCode, articleIds } = parsed.data;
  db.transaction((tx) => {
    const issue = loadChangeableIssue(tx, actor, input.issueId);
    const section = issueArticleRows(tx, issue.id).filter((r) => r.countryCode === countryCode);
    const wanted = new Set(articleIds);
    if (wanted.size !== articleIds.length || section.length !== wanted.size || section.some((r) => !wanted.has(r.articleId))) {
      throw new ValidationError({ articleIds: 'section' });
    }
    const positions = section.map((r) => r.position).sort((a, b) => a - b);
    const before = section.map((r) => r.articleId);
    if (before.every((id, i) => id === articleIds[i])) return;
    articleIds.forEach((id, i) => setIssueArticlePosition(tx, issue.id, id, positions[i]!));
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'reorder_issue_articles',
      entity: 'issue',
      entityId: issue.id,
      details: { countryCode, before, after: articleIds },
    });
  });
}
