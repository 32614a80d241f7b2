import type { DbOrTx } from '@/lib/db/client';
import { findPhoto, type ArticleRow, type PhotoRow } from '@/lib/db/queries/articles';
import type { Actor } from './actor';
import { loadEditableArticle } from './article-access';
import { NotFoundError } from './errors';

/** The photo and its article, if this actor may change the article's photos now. */
export function loadEditablePhoto(db: DbOrTx, actor: Actor, photoId: number): { photo: PhotoRow; article: ArticleRow } {
  const photo = findPhoto(db, photoId);
  if (!photo) throw new NotFoundError(`There is no photo #${photoId}.`);
  return { photo, article: loadEditableArticle(db, actor, photo.articleId) };
}
