import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { articleComments, articles, articleSnapshots, type COMMENT_KINDS } from '@/lib/db/schema';
import { writeAudit } from '@/lib/db/audit';
import { listArticlePhotos, listArticleSources, userDisplayName, type ArticleRow } from '@/lib/db/queries/articles';
import { missingForReview } from '@/lib/domain/article-completeness';
import { ARTICLE_LIMITS } from '@/lib/domain/article-input';
import { checkTransition, type Transition } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { actorRole, assertMayChangeArticle, loadArticle, nowIso, snapshotOf } from './article-access';
import { ConflictError, ForbiddenError, ValidationError } from './errors';
import { checkStoredArticle } from './translation-findings';
import { fillTranslationMemory } from './fill-translation-memory';
import { enqueueChangesRequested, enqueueReviewWaiting } from './mail/enqueue-mail';

export interface TransitionArticleInput {
  id: number;
  transition: Transition;
  /** The reason; required to request changes or to reopen. */
  comment?: string;
  /** When given, the transition is refused if the text changed since the user looked at it. */
  expectedVersion?: number;
  /** Approving despite translation-check errors: the chief editor's reason (audited); required then. */
  overrideReason?: string;
}

export interface TransitionArticleResult {
  article: ArticleRow;
  commentId: number | null;
  snapshotId: number | null;
}

type CommentKind = (typeof COMMENT_KINDS)[number];
const COMMENT_KIND: Record<Transition, CommentKind> = {
  submit: 'comment',
  approve: 'approved',
  request_changes: 'changes_requested',
  reopen: 'reopened',
};

/**
 * Moves an article through the review workflow (lib/domain/workflow.ts), with its comment, a
 * snapshot of the texts at submit and approve (for the reviewer's diff) and an audit row.
 */
export function transitionArticle(db: Db, actor: Actor, input: TransitionArticleInput): TransitionArticleResult {
  const comment = (input.comment ?? '').replace(/\r\n?/g, '\n').trim();
  if (comment.length > ARTICLE_LIMITS.comment) throw new ValidationError({ comment: 'too_long' });
  const overrideReason = (input.overrideReason ?? '').replace(/\r\n?/g, '\n').trim();
  if (overrideReason.length > ARTICLE_LIMITS.comment) throw new ValidationError({ overrideReason: 'too_long' });
  return db.transaction((tx) => {
    const current = loadArticle(tx, input.id);
    const check = checkTransition(input.transition, current.status, actorRole(actor), comment);
    if (!check.ok) {
      if (check.reason === 'comment') throw new ValidationError({ comment: 'required' });
      throw new ForbiddenError(check.reason);
    }
    if (input.expectedVersion != null && input.expectedVersion !== current.version)
      throw new ConflictError(current.version, userDisplayName(tx, current.updatedBy) ?? '—', current.updatedAt);
    if (input.transition === 'submit') {
      assertMayChangeArticle(actor, current);
      const missing = missingForReview({ ...current, sourceCount: listArticleSources(tx, current.id).length });
      if (missing.length > 0) throw new ValidationError(Object.fromEntries(missing.map((m) => [m, 'required'])));
    }
    // Translation-check errors not dismissed: the approval needs the chief editor's reason.
    // The termbase is left out: its findings are warnings only.
    const translationErrors =
      input.transition === 'approve'
        ? checkStoredArticle(tx, current, listArticlePhotos(tx, current.id), {}).findings.filter((f) => f.severity === 'error')
        : [];
    if (translationErrors.length > 0 && !overrideReason) throw new ValidationError({ overrideReason: 'required' });

    const article = tx
      .update(articles)
      .set({ status: check.to, updatedAt: nowIso() })
      .where(and(eq(articles.id, current.id), eq(articles.status, current.status)))
      .returning()
      .get();
    if (!article) throw new ForbiddenError('state');

    const kind = COMMENT_KIND[input.transition];
    const commentId =
      comment || kind !== 'comment'
        ? tx.insert(articleComments).values({ articleId: current.id, authorId: actor.id, kind, body: comment }).returning().get().id
        : null;
    const reason = input.transition === 'submit' ? 'submitted' : input.transition === 'approve' ? 'approved' : null;
    const snapshotId = reason
      ? tx
          .insert(articleSnapshots)
          .values({ articleId: current.id, version: current.version, reason, content: { ...snapshotOf(tx, article) } })
          .returning()
          .get().id
      : null;
    // The approved texts become translation units (lib/services/fill-translation-memory.ts).
    if (input.transition === 'approve') fillTranslationMemory(tx, [current.id]);
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: `article_${input.transition}`,
      entity: 'article',
      entityId: current.id,
      details: { from: current.status, to: check.to, version: current.version, ...(comment ? { comment } : {}) },
    });
    // E-mail (when on) is queued here, in the same transaction, and sent later (lib/services/mail/).
    if (input.transition === 'submit') enqueueReviewWaiting(tx, actor, { articleId: current.id });
    else if (input.transition === 'request_changes' || input.transition === 'reopen')
      enqueueChangesRequested(tx, actor, { articleId: current.id, authorId: current.authorId, comment });
    if (translationErrors.length > 0) {
      writeAudit(tx, {
        actorId: actor.id,
        actor: actor.label,
        action: 'approve_over_translation_errors',
        entity: 'article',
        entityId: current.id,
        details: {
          version: current.version,
          reason: overrideReason,
          errors: translationErrors.map((f) => ({ kind: f.kind, field: f.field, message: f.message, values: f.values, en: f.en, ru: f.ru, fingerprint: f.fingerprint })),
        },
      });
    }
    return { article, commentId, snapshotId };
  });
}
