import type { DbOrTx } from '@/lib/db/client';
import { findArticle, listArticlePhotos, listArticleSources, type ArticleRow } from '@/lib/db/queries/articles';
import type { ArticleSnapshotContent } from '@/lib/domain/article-diff';
import { canEdit, mayChangeArticle, type Role } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { ForbiddenError, NotFoundError } from './errors';

/** The editorial role an actor acts with; the system and the CLI are trusted like an administrator. */
export function actorRole(actor: Actor): Role {
  return actor.role === 'system' ? 'admin' : actor.role;
}

export function loadArticle(db: DbOrTx, id: number): ArticleRow {
  const article = findArticle(db, id);
  if (!article) throw new NotFoundError(`There is no article #${id}.`);
  return article;
}

/** Whether the actor wrote the article (the system actor is nobody's author). */
export function isAuthorOf(actor: Actor, article: Pick<ArticleRow, 'authorId'>): boolean {
  return actor.id != null && article.authorId === actor.id;
}

/**
 * Refuses an editor who is not the article's author (ForbiddenError 'not_author'); see
 * mayChangeArticle. An article without an author (imported from a release file) is the desk's.
 */
export function assertMayChangeArticle(actor: Actor, article: Pick<ArticleRow, 'authorId'>): void {
  if (article.authorId == null) return;
  if (!mayChangeArticle(actorRole(actor), isAuthorOf(actor, article))) throw new ForbiddenError('not_author');
}

/** The article, if this actor may change its texts or photos: its author (or the chief editor) in an editable state. */
export function loadEditableArticle(db: DbOrTx, actor: Actor, id: number): ArticleRow {
  const article = loadArticle(db, id);
  assertMayChangeArticle(actor, article);
  if (!canEdit(article.status, actorRole(actor))) throw new ForbiddenError('state');
  return article;
}

/** What the reviewer will compare against later: texts, sources and photo captions. */
export function snapshotOf(db: DbOrTx, article: ArticleRow): ArticleSnapshotContent {
  return {
    countryCode: article.countryCode,
    eventDate: article.eventDate,
    outlet: article.outlet,
    titleEn: article.titleEn,
    titleRu: article.titleRu,
    bodyEn: article.bodyEn,
    bodyRu: article.bodyRu,
    digestEn: article.digestEn,
    digestRu: article.digestRu,
    sources: listArticleSources(db, article.id),
    photos: listArticlePhotos(db, article.id).map((p) => ({
      id: p.id,
      captionEn: p.captionEn,
      captionRu: p.captionRu,
      creditEn: p.creditEn,
      creditRu: p.creditRu,
    })),
  };
}

export const nowIso = () => new Date().toISOString();
