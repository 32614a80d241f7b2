import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { articles, issueArticles } from '@/lib/db/schema';
import { writeAudit } from '@/lib/db/audit';
import { listArticlePhotos } from '@/lib/db/queries/articles';
import { canDelete } from '@/lib/domain/workflow';
import { removeStoredFiles } from '@/lib/media/photo-files';
import type { Actor } from './actor';
import { actorRole, loadArticle } from './article-access';
import { ForbiddenError } from './errors';

/**
 * Deletes an article that never reached an issue (with its sources, photos, comments and
 * snapshots); the photo files go after the commit, so a failed delete leaves everything in place.
 */
export function deleteArticle(db: Db, actor: Actor, input: { id: number }): { removedFiles: number } {
  const files = db.transaction((tx) => {
    const article = loadArticle(tx, input.id);
    const isAuthor = article.authorId != null && article.authorId === actor.id;
    if (!canDelete(article.status, actorRole(actor), isAuthor))
      // 'state' when nobody may delete it now, 'role' when someone else could.
      throw new ForbiddenError(canDelete(article.status, 'admin', true) ? 'role' : 'state');
    if (tx.select().from(issueArticles).where(eq(issueArticles.articleId, article.id)).get()) throw new ForbiddenError('in_issue');
    const photoFiles = listArticlePhotos(tx, article.id).flatMap((p) => [p.printFile, p.thumbFile]);
    tx.delete(articles).where(eq(articles.id, article.id)).run();
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'delete_article',
      entity: 'article',
      entityId: article.id,
      details: { status: article.status, titleEn: article.titleEn, titleRu: article.titleRu, photos: photoFiles.length / 2 },
    });
    return photoFiles;
  });
  return { removedFiles: removeStoredFiles(files) };
}
