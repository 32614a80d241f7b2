import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { reviewStartedSinceSubmit, type ArticleRow } from '@/lib/db/queries/articles';
import { articles } from '@/lib/db/schema';
import { canTakeBack } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { loadArticle, nowIso } from './article-access';
import { ForbiddenError, ValidationError } from './errors';

const schema = z.object({ id: z.number().int().positive() });

/**
 * The author takes back an article they submitted, while nobody has started reviewing it: it becomes
 * a draft again (lib/domain/workflow.ts canTakeBack), with an audit row, in one transaction.
 */
export function takeBackArticle(db: Db, actor: Actor, input: { id: number }): ArticleRow {
  if (actor.id == null) throw new ForbiddenError('role');
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  return db.transaction((tx) => {
    const current = loadArticle(tx, parsed.data.id);
    const isAuthor = current.authorId === actor.id;
    if (!isAuthor) throw new ForbiddenError('role');
    if (current.status !== 'in_review') throw new ForbiddenError('state');
    if (!canTakeBack(current.status, isAuthor, reviewStartedSinceSubmit(tx, current))) throw new ForbiddenError('review_started');
    const article = tx
      .update(articles)
      .set({ status: 'draft', updatedAt: nowIso() })
      .where(and(eq(articles.id, current.id), eq(articles.status, 'in_review')))
      .returning()
      .get();
    if (!article) throw new ForbiddenError('state');
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'article_take_back',
      entity: 'article',
      entityId: current.id,
      details: { from: 'in_review', to: 'draft', version: current.version },
    });
    return article;
  });
}
