import { beforeEach, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { articles, auditLog } from '@/lib/db/schema';
import type { Actor } from '@/lib/services/actor';
import { checkArticleTranslation } from '@/lib/services/check-article-translation';
import { dismissTranslationFinding } from '@/lib/services/dismiss-translation-finding';
import { transitionArticle } from '@/lib/services/transition-article';
import { ValidationError } from '@/lib/services/errors';
import { articleTestDb, auditActions, readyArticle } from './setup';

let db: Db;
let editor: Actor;
let chief: Actor;

beforeEach(() => {
  ({ db, editor, chief } = articleTestDb());
});

const statusOf = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!.status;

/** An article in review whose Russian text says 150 кг where the English says 15 kg. */
function wrongQuantityInReview() {
  const a = readyArticle(db, editor, {
    titleEn: 'Police seized 15 kg of heroin',
    titleRu: 'Полиция изъяла 15 кг героина',
    bodyEn: 'In Almaty, police seized 15 kg of heroin from two couriers.',
    bodyRu: 'В Алматы полиция изъяла у двух курьеров 150 кг героина.',
  });
  transitionArticle(db, editor, { id: a.id, transition: 'submit' });
  return a;
}

function overrideAudit(articleId: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, String(articleId)), eq(auditLog.action, 'approve_over_translation_errors')))
    .orderBy(asc(auditLog.id))
    .all();
}

describe('approving an article with translation errors', () => {
  it('refuses the approval without the chief editor’s reason and changes nothing', () => {
    const a = wrongQuantityInReview();
    let error: unknown;
    try {
      transitionArticle(db, chief, { id: a.id, transition: 'approve' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ overrideReason: 'required' });
    expect(() => transitionArticle(db, chief, { id: a.id, transition: 'approve', overrideReason: '   ' })).toThrow(ValidationError);
    expect(statusOf(a.id)).toBe('in_review');
    expect(auditActions(db, a.id)).not.toContain('article_approve');
  });

  it('approves with a reason and writes the reason and the errors into the audit log', () => {
    const a = wrongQuantityInReview();
    transitionArticle(db, chief, { id: a.id, transition: 'approve', overrideReason: 'The source itself says 150 kg in Russian; confirmed by phone.' });
    expect(statusOf(a.id)).toBe('approved');
    expect(auditActions(db, a.id).slice(-2)).toEqual(['article_approve', 'approve_over_translation_errors']);
    const [row] = overrideAudit(a.id);
    expect(row!.actor).toBe(chief.label);
    expect(row!.details).toMatchObject({
      reason: 'The source itself says 150 kg in Russian; confirmed by phone.',
      errors: [expect.objectContaining({ kind: 'units', field: 'body', message: 'unitMismatch', values: { en: '15 kg', ru: '150 кг' } })],
    });
  });

  it('needs no reason for an article without errors (warnings do not count)', () => {
    const a = readyArticle(db, editor); // its bodies differ in paragraphs: a warning
    transitionArticle(db, editor, { id: a.id, transition: 'submit' });
    expect(checkArticleTranslation(db, chief, { articleId: a.id })).toMatchObject({ errors: 0, warnings: 1 });
    transitionArticle(db, chief, { id: a.id, transition: 'approve' });
    expect(statusOf(a.id)).toBe('approved');
    expect(overrideAudit(a.id)).toEqual([]);
  });

  it('needs no reason once the error was dismissed for this text', () => {
    const a = wrongQuantityInReview();
    const [finding] = checkArticleTranslation(db, chief, { articleId: a.id }).findings;
    dismissTranslationFinding(db, chief, { articleId: a.id, fingerprint: finding!.fingerprint, reason: 'Two seizures: 15 kg and 150 kg overall.' });
    transitionArticle(db, chief, { id: a.id, transition: 'approve' });
    expect(statusOf(a.id)).toBe('approved');
    expect(overrideAudit(a.id)).toEqual([]);
  });
});
