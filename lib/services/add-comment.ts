import type { Db } from '@/lib/db/client';
import { articleComments } from '@/lib/db/schema';
import { writeAudit } from '@/lib/db/audit';
import type { CommentRow } from '@/lib/db/queries/articles';
import { commentSchema, fieldErrors } from '@/lib/domain/article-input';
import type { Actor } from './actor';
import { loadArticle } from './article-access';
import { ForbiddenError, ValidationError } from './errors';

export interface AddCommentInput {
  articleId: number;
  body: string;
}

/** A remark in the article's review thread; anyone of the editorial staff, in any state. */
export function addComment(db: Db, actor: Actor, input: AddCommentInput): CommentRow {
  if (actor.id == null) throw new ForbiddenError('role');
  const parsed = commentSchema.safeParse(input.body);
  if (!parsed.success) throw new ValidationError({ body: fieldErrors(parsed.error.issues).form ?? 'invalid' });
  return db.transaction((tx) => {
    const article = loadArticle(tx, input.articleId);
    const row = tx
      .insert(articleComments)
      .values({ articleId: article.id, authorId: actor.id, kind: 'comment', body: parsed.data })
      .returning()
      .get();
    writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'comment_article', entity: 'article', entityId: article.id, details: { commentId: row.id } });
    return row;
  });
}
