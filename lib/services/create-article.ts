import type { DbOrTx } from '@/lib/db/client';
import { articles } from '@/lib/db/schema';
import { writeAudit } from '@/lib/db/audit';
import { countryExists, type ArticleRow } from '@/lib/db/queries/articles';
import { fieldErrors, newArticleSchema, type NewArticleInput } from '@/lib/domain/article-input';
import type { Actor } from './actor';
import { ValidationError } from './errors';

/**
 * A new draft by this actor; country and event date are needed from the start (the table requires them).
 * Inside another use case's transaction (db a Tx) it runs as a savepoint of it.
 */
export function createArticle(db: DbOrTx, actor: Actor, input: NewArticleInput): ArticleRow {
  const parsed = newArticleSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const data = parsed.data;
  return db.transaction((tx) => {
    if (!countryExists(tx, data.countryCode)) throw new ValidationError({ countryCode: 'unknown' });
    const row = tx
      .insert(articles)
      .values({ ...data, status: 'draft', version: 1, authorId: actor.id, updatedBy: actor.id })
      .returning()
      .get();
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'create_article',
      entity: 'article',
      entityId: row.id,
      details: { countryCode: row.countryCode, eventDate: row.eventDate },
    });
    return row;
  });
}
