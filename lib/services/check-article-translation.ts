import type { DbOrTx } from '@/lib/db/client';
import { listArticlePhotos } from '@/lib/db/queries/articles';
import type { Actor } from './actor';
import { loadArticle } from './article-access';
import { assertDeskUser } from './issue-access';
import type { Term } from '@/lib/domain/termbase';
import { checkOptions, checkStoredArticle, termbaseOf, type ArticleTranslationCheck } from './translation-findings';

export interface CheckArticleTranslationInput {
  articleId: number;
}

export interface ArticleTranslationChecks extends ArticleTranslationCheck {
  /** The termbase the checks used: the editor checks the texts being typed with the same terms. */
  termbase: Term[];
}

/** The consistency checks of an article's stored texts, with its dismissals; read-only, for any desk user. */
export function checkArticleTranslation(db: DbOrTx, actor: Actor, input: CheckArticleTranslationInput): ArticleTranslationChecks {
  assertDeskUser(actor);
  const article = loadArticle(db, input.articleId);
  return { ...checkStoredArticle(db, article, listArticlePhotos(db, article.id), checkOptions(db)), termbase: termbaseOf(db) };
}
