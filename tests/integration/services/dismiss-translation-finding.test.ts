import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { articles, auditLog, translationDismissals } from '@/lib/db/schema';
import { SYSTEM_ACTOR, type Actor } from '@/lib/services/actor';
import { checkArticleTranslation } from '@/lib/services/check-article-translation';
import { dismissTranslationFinding } from '@/lib/services/dismiss-translation-finding';
import { saveArticle } from '@/lib/services/save-article';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/services/errors';
import { articleTestDb, READY, readyArticle } from './articles/setup';

let db: Db;
let editor: Actor;
let chief: Actor;

beforeEach(() => {
  ({ db, editor, chief } = articleTestDb());
});

/** A draft whose English body has a double space (a warning) and whose Russian says 150 кг for 15 kg (an error). */
function draft() {
  return readyArticle(db, editor, {
    bodyEn: 'In Almaty, police  seized 15 kg of heroin.',
    bodyRu: 'В Алматы полиция изъяла 150 кг героина.',
  });
}

const check = (id: number) => checkArticleTranslation(db, editor, { articleId: id });
const byKind = (id: number, kind: string) => check(id).findings.find((f) => f.kind === kind)!;

describe('dismissing a translation-check finding', () => {
  it('keeps the finding out of the open ones, with who dismissed it and why, in the audit log too', () => {
    const a = draft();
    const warning = byKind(a.id, 'typography');
    dismissTranslationFinding(db, editor, { articleId: a.id, fingerprint: warning.fingerprint, reason: 'The double space is in the quoted source.' });
    const after = check(a.id);
    expect(after.findings.map((f) => f.kind)).toEqual(['units']);
    expect(after.dismissed).toEqual([
      expect.objectContaining({ kind: 'typography', reason: 'The double space is in the quoted source.', dismissedByName: 'Aigerim Editor' }),
    ]);
    const audit = db.select().from(auditLog).where(and(eq(auditLog.action, 'dismiss_translation_finding'), eq(auditLog.entityId, String(a.id)))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ fingerprint: warning.fingerprint, kind: 'typography', severity: 'warning', reason: 'The double space is in the quoted source.' });
  });

  it('lets only the chief editor dismiss an error', () => {
    const a = draft();
    const error = byKind(a.id, 'units');
    expect(() => dismissTranslationFinding(db, editor, { articleId: a.id, fingerprint: error.fingerprint, reason: 'fine' })).toThrow(ForbiddenError);
    dismissTranslationFinding(db, chief, { articleId: a.id, fingerprint: error.fingerprint, reason: 'Two seizures.' });
    expect(check(a.id).errors).toBe(0);
  });

  it('stays dismissed while the field is unchanged and comes back when its text changes', () => {
    const a = draft();
    const error = byKind(a.id, 'units');
    dismissTranslationFinding(db, chief, { articleId: a.id, fingerprint: error.fingerprint, reason: 'Two seizures.' });
    const input = { ...READY, bodyEn: 'In Almaty, police  seized 15 kg of heroin.', bodyRu: 'В Алматы полиция изъяла 150 кг героина.' };
    const retitled = saveArticle(db, editor, { ...input, titleEn: 'Police seized 15 kg of heroin in Almaty', titleRu: 'Полиция изъяла 15 кг героина в Алматы', id: a.id, expectedVersion: a.version });
    expect(check(a.id).errors).toBe(0);
    saveArticle(db, editor, { ...input, bodyRu: 'В Алматы полиция изъяла 150 кг героина!', id: a.id, expectedVersion: retitled.article.version });
    expect(check(a.id).errors).toBe(1);
    expect(check(a.id).dismissed.filter((d) => d.kind === 'units')).toEqual([]);
  });

  it('refuses a finding the text no longer has, an empty reason, the system actor and a published article', () => {
    const a = draft();
    const error = byKind(a.id, 'units');
    expect(() => dismissTranslationFinding(db, chief, { articleId: a.id, fingerprint: 'units:unitMismatch:body:1kg/2kg:00000000000000', reason: 'x' })).toThrow(NotFoundError);
    expect(() => dismissTranslationFinding(db, chief, { articleId: a.id, fingerprint: error.fingerprint, reason: '  ' })).toThrow(ValidationError);
    expect(() => dismissTranslationFinding(db, chief, { articleId: 999_999, fingerprint: error.fingerprint, reason: 'x' })).toThrow(NotFoundError);
    expect(() => dismissTranslationFinding(db, SYSTEM_ACTOR, { articleId: a.id, fingerprint: error.fingerprint, reason: 'x' })).toThrow(ForbiddenError);
    db.update(articles).set({ status: 'published' }).where(eq(articles.id, a.id)).run();
    expect(() => dismissTranslationFinding(db, chief, { articleId: a.id, fingerprint: error.fingerprint, reason: 'x' })).toThrow(ForbiddenError);
    expect(db.select().from(translationDismissals).all()).toEqual([]);
  });

  it('changes nothing when the same finding is dismissed again', () => {
    const a = draft();
    const warning = byKind(a.id, 'typography');
    const first = dismissTranslationFinding(db, editor, { articleId: a.id, fingerprint: warning.fingerprint, reason: 'Quoted.' });
    const again = dismissTranslationFinding(db, editor, { articleId: a.id, fingerprint: warning.fingerprint, reason: 'Quoted again.' });
    expect(again.id).toBe(first.id);
    expect(db.select().from(translationDismissals).all()).toHaveLength(1);
  });
});
