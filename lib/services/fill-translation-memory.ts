import type { DbOrTx } from '@/lib/db/client';
import { compileBoth, listTerms, type CompiledTerms } from '@/lib/db/queries/terms';
import {
  deleteUnitsOfArticles,
  insertUnits,
  listArticlesForMemory,
  type ArticleForMemory,
  type TranslationUnitInsert,
} from '@/lib/db/queries/translation-units';
import { segmentArticle } from '@/lib/domain/tm-segments';
import { normaliseText, placeholderKey } from '@/lib/domain/tm-slots';

/** Articles in these states are approved texts; others give units marked not approved. */
const APPROVED_STATES = new Set(['approved', 'published']);

/**
 * Replaces the translation units of some articles with units made from their current texts. Call it
 * inside the transaction that approves or imports them, so that the memory changes with the text.
 * `terms` may be passed when many calls share one termbase (a rebuild).
 */
export function fillTranslationMemory(tx: DbOrTx, articleIds: number[], terms?: CompiledTerms): number {
  if (articleIds.length === 0) return 0;
  const termbase = terms ?? compileBoth(listTerms(tx));
  deleteUnitsOfArticles(tx, articleIds);
  const rows = listArticlesForMemory(tx, articleIds).flatMap((article) => unitsOf(article, termbase));
  insertUnits(tx, rows);
  return rows.length;
}

export function unitsOf(article: ArticleForMemory, terms: CompiledTerms, now = new Date().toISOString()): TranslationUnitInsert[] {
  const approved = APPROVED_STATES.has(article.status);
  return segmentArticle(article).map((pair) => ({
    en: pair.en,
    ru: pair.ru,
    enNorm: normaliseText(pair.en),
    ruNorm: normaliseText(pair.ru),
    enKey: placeholderKey(pair.en, 'en', terms.en),
    ruKey: placeholderKey(pair.ru, 'ru', terms.ru),
    articleId: article.id,
    issueId: article.issueId,
    field: pair.field,
    paragraph: pair.paragraph,
    sentence: pair.sentence,
    approved,
    updatedAt: now,
  }));
}
