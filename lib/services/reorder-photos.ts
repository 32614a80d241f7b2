import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { photos } from '@/lib/db/schema';
import { writeAudit } from '@/lib/db/audit';
import { listArticlePhotos, type PhotoRow } from '@/lib/db/queries/articles';
import type { Actor } from './actor';
import { loadEditableArticle } from './article-access';
import { ValidationError } from './errors';

export interface ReorderPhotosInput {
  articleId: number;
  /** Every photo of the article, once each, in the new order. */
  photoIds: number[];
}

export function reorderPhotos(db: Db, actor: Actor, input: ReorderPhotosInput): PhotoRow[] {
  return db.transaction((tx) => {
    const article = loadEditableArticle(tx, actor, input.articleId);
    const current = listArticlePhotos(tx, article.id);
    const ids = new Set(current.map((p) => p.id));
    const valid =
      input.photoIds.length === current.length &&
      new Set(input.photoIds).size === input.photoIds.length &&
      input.photoIds.every((id) => ids.has(id));
    if (!valid) throw new ValidationError({ photoIds: 'invalid' });
    // Positions are unique per article: park them out of the way first.
    input.photoIds.forEach((id, i) => tx.update(photos).set({ position: -1 - i }).where(eq(photos.id, id)).run());
    input.photoIds.forEach((id, i) => tx.update(photos).set({ position: i }).where(eq(photos.id, id)).run());
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'reorder_photos',
      entity: 'article',
      entityId: article.id,
      details: { order: input.photoIds },
    });
    return listArticlePhotos(tx, article.id);
  });
}
