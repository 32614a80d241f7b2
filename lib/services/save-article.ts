import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/lib/db/client';
import { articles, articleSources } from '@/lib/db/schema';
import { writeAudit } from '@/lib/db/audit';
import { countryExists, listArticleSources, userDisplayName, type ArticleRow } from '@/lib/db/queries/articles';
import { findSourceUsage, type SourceUse } from '@/lib/db/queries/source-usage';
import { articleContentSchema, fieldErrors, type ArticleContent, type ArticleContentInput } from '@/lib/domain/article-input';
import type { Actor } from './actor';
import { loadEditableArticle, nowIso } from './article-access';
import { ConflictError, ValidationError } from './errors';

export interface SaveArticleInput extends ArticleContentInput {
  id: number;
  /** The version the user's form was loaded from. */
  expectedVersion: number;
}

export interface SaveArticleResult {
  article: ArticleRow;
  sources: string[];
  /** False when the form held exactly what was stored: nothing written, version unchanged. */
  changed: boolean;
  /** Other articles that already cite one of these sources. */
  sourceUsage: SourceUse[];
}

const TEXT_FIELDS = ['countryCode', 'eventDate', 'outlet', 'titleEn', 'titleRu', 'bodyEn', 'bodyRu', 'digestEn', 'digestRu'] as const;

/**
 * Saves texts, country, date, outlet, digests and the ordered source list in one transaction,
 * as version + 1. A stale expected version is refused with who changed the article and when.
 */
export function saveArticle(db: Db, actor: Actor, input: SaveArticleInput): SaveArticleResult {
  const parsed = articleContentSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const data = parsed.data;
  return db.transaction((tx) => {
    const current = loadEditableArticle(tx, actor, input.id);
    if (current.version !== input.expectedVersion) throw conflict(tx, current);
    if (data.countryCode !== current.countryCode && !countryExists(tx, data.countryCode))
      throw new ValidationError({ countryCode: 'unknown' });

    const oldSources = listArticleSources(tx, current.id);
    const changedFields: string[] = TEXT_FIELDS.filter((f) => current[f] !== data[f]);
    if (oldSources.join('\n') !== data.sources.join('\n')) changedFields.push('sources');
    if (changedFields.length === 0)
      return { article: current, sources: oldSources, changed: false, sourceUsage: findSourceUsage(tx, oldSources, current.id) };

    const article = tx
      .update(articles)
      .set({ ...pickTexts(data), version: current.version + 1, updatedAt: nowIso(), updatedBy: actor.id })
      .where(and(eq(articles.id, current.id), eq(articles.version, current.version)))
      .returning()
      .get();
    if (!article) throw conflict(tx, current);
    replaceSources(tx, current.id, data.sources);
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'save_article',
      entity: 'article',
      entityId: current.id,
      details: { version: article.version, fields: changedFields },
    });
    return { article, sources: data.sources, changed: true, sourceUsage: findSourceUsage(tx, data.sources, current.id) };
  });
}

function pickTexts(data: ArticleContent) {
  const { sources: _sources, ...texts } = data;
  return texts;
}

function replaceSources(tx: DbOrTx, articleId: number, urls: string[]): void {
  tx.delete(articleSources).where(eq(articleSources.articleId, articleId)).run();
  if (urls.length > 0) tx.insert(articleSources).values(urls.map((url, position) => ({ articleId, position, url }))).run();
}

function conflict(tx: DbOrTx, current: ArticleRow): ConflictError {
  return new ConflictError(current.version, userDisplayName(tx, current.updatedBy) ?? '—', current.updatedAt);
}
