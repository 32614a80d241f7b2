import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { articleSources, intakeItems } from '@/lib/db/schema';
import { findIntakeItem } from '@/lib/db/queries/intake-items';
import { findOutlet } from '@/lib/db/queries/outlets';
import { findSourceUsage } from '@/lib/db/queries/source-usage';
import { ARTICLE_LIMITS, fieldErrors } from '@/lib/domain/article-input';
import { newsroomDay } from '@/lib/domain/date-format';
import { CAN_USE_INBOX } from '@/lib/domain/intake/access';
import { draftFieldsFromItem } from '@/lib/domain/intake/draft-from-item';
import { normaliseSourceUrl } from '@/lib/domain/source-url';
import type { Actor } from '../actor';
import { assertActorRole } from '../actor-rights';
import { createArticle } from '../create-article';
import { NotFoundError, ValidationError } from '../errors';

export const createArticleFromItemSchema = z.object({
  itemId: z.coerce.number().int().positive().max(2 ** 31),
  /** The country when the item has no guess, or to correct the guess. */
  countryCode: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/, 'invalid')]))
    .default(''),
});
export type CreateArticleFromItemInput = z.input<typeof createArticleFromItemSchema>;

/** 'created' a new draft, or 'exists': the item's link is already a source of that article (nothing created). */
export type CreateArticleFromItemResult = { outcome: 'created' | 'exists'; articleId: number };

/**
 * "Create article" from an inbox item (any editor), in one transaction: a draft made by createArticle,
 * prefilled with the country (the one given, else the item's guess, else its outlet's), the event date
 * (the item's date), the outlet label, the title in the item's language (draft-from-item.ts) and the
 * item's link as its first source; the item becomes 'used' with the article. The item's text is not
 * copied into the body: the editor shows it beside the article as a reference.
 * If an article already cites the link, that article is linked to the item and returned instead.
 */
export function createArticleFromItem(db: Db, actor: Actor, input: CreateArticleFromItemInput, today = newsroomDay(new Date())!): CreateArticleFromItemResult {
  assertActorRole(actor, CAN_USE_INBOX, 'role');
  const parsed = createArticleFromItemSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const { itemId } = parsed.data;
  return db.transaction((tx) => {
    const item = findIntakeItem(tx, itemId);
    if (!item) throw new NotFoundError(`No intake item ${itemId}`);
    const link = normaliseSourceUrl(item.url);
    if (!link.ok) throw new ValidationError({ url: 'url_invalid' });
    const used = findSourceUsage(tx, [link.url])[0];
    if (used) {
      markUsed(tx, actor, item.id, used.articleId);
      writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'set_intake_status', entity: 'intake_item', entityId: item.id, details: { from: item.status, to: 'used', articleId: used.articleId, url: link.url } });
      return { outcome: 'exists', articleId: used.articleId };
    }
    const outlet = item.outletId == null ? undefined : findOutlet(tx, item.outletId);
    const countryCode = parsed.data.countryCode || item.countryCode || outlet?.countryCode || '';
    if (!countryCode) throw new ValidationError({ countryCode: 'required' });
    const article = createArticle(tx, actor, {
      countryCode,
      ...draftFieldsFromItem(item, today),
      outlet: (outlet?.name ?? '').slice(0, ARTICLE_LIMITS.outlet),
    });
    tx.insert(articleSources).values({ articleId: article.id, position: 0, url: link.url }).run();
    markUsed(tx, actor, item.id, article.id);
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'create_article_from_item',
      entity: 'intake_item',
      entityId: item.id,
      details: { articleId: article.id, url: link.url, countryCode },
    });
    return { outcome: 'created', articleId: article.id };
  });
}

function markUsed(tx: Tx, actor: Actor, itemId: number, articleId: number): void {
  tx.update(intakeItems)
    .set({ status: 'used', articleId, statusChangedBy: actor.id, statusChangedAt: new Date().toISOString() })
    .where(eq(intakeItems.id, itemId))
    .run();
}
