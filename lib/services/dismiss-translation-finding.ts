import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { listArticlePhotos } from '@/lib/db/queries/articles';
import { findDismissal, insertDismissal, type DismissalRow } from '@/lib/db/queries/translation-dismissals';
import { checkTranslation } from '@/lib/domain/translation-checks';
import { canEdit, ROLES, type Role } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { loadArticle } from './article-access';
import { ForbiddenError, NotFoundError, ValidationError } from './errors';
import { checkInputOf, checkOptions } from './translation-findings';

export const dismissTranslationFindingSchema = z.object({
  articleId: z.coerce.number().int().positive().max(2 ** 31),
  fingerprint: z.string().min(1).max(300),
  reason: z.string().trim().min(1).max(2_000),
});

export type DismissTranslationFindingInput = z.input<typeof dismissTranslationFindingSchema>;

const MAY_DISMISS_ERRORS: readonly Role[] = ['chief', 'admin'];

/**
 * Dismisses one consistency-check finding of an article, with the reason (audited). The finding
 * must stand for the stored text as it is now; its fingerprint holds that text's hash, so the
 * dismissal lapses once the field changes. Warnings: whoever may edit the article; errors: the
 * chief editor or an administrator. Dismissing the same finding again changes nothing.
 */
export function dismissTranslationFinding(db: Db, actor: Actor, input: DismissTranslationFindingInput): DismissalRow {
  assertActorRole(actor, ROLES, 'role');
  const parsed = dismissTranslationFindingSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { articleId, fingerprint, reason } = parsed.data;
  return db.transaction((tx) => {
    const article = loadArticle(tx, articleId);
    const chief = MAY_DISMISS_ERRORS.includes(actor.role);
    if (article.status === 'published' || !(chief || canEdit(article.status, actor.role))) throw new ForbiddenError('state');
    const finding = checkTranslation(checkInputOf(article, listArticlePhotos(tx, article.id)), checkOptions(tx)).find((f) => f.fingerprint === fingerprint);
    if (!finding) throw new NotFoundError(`Article #${articleId} has no such finding (its text may have changed).`);
    if (finding.severity === 'error' && !chief) throw new ForbiddenError('errors_chief_only');
    const existing = findDismissal(tx, articleId, fingerprint);
    if (existing) return existing;
    const row = insertDismissal(tx, { articleId, fingerprint, kind: finding.kind, severity: finding.severity, reason, dismissedBy: actor.id });
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'dismiss_translation_finding',
      entity: 'article',
      entityId: articleId,
      details: {
        fingerprint,
        kind: finding.kind,
        severity: finding.severity,
        message: finding.message,
        field: finding.field,
        ...(finding.photo ? { photo: finding.photo } : {}),
        values: finding.values,
        en: finding.en,
        ru: finding.ru,
        reason,
      },
    });
    return row;
  });
}
