import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { articleComments, articles, articleSnapshots } from '@/lib/db/schema';
import type { Actor } from '@/lib/services/actor';
import { createArticle } from '@/lib/services/create-article';
import { saveArticle } from '@/lib/services/save-article';
import { transitionArticle } from '@/lib/services/transition-article';
import { addComment } from '@/lib/services/add-comment';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/services/errors';
import { findPreviousReviewSnapshot, listArticleComments, listArticleSnapshots } from '@/lib/db/queries/articles';
import { diffArticle } from '@/lib/domain/article-diff';
import { articleTestDb, auditActions, READY, readyArticle } from './setup';

let db: Db;
let editor: Actor;
let chief: Actor;
let admin: Actor;

beforeEach(() => {
  ({ db, editor, chief, admin } = articleTestDb());
});

const statusOf = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!.status;

describe('review workflow', () => {
  it('goes draft → in review → changes requested → in review → approved → reopened, with comments, snapshots and audit', () => {
    const a = readyArticle(db, editor);
    transitionArticle(db, editor, { id: a.id, transition: 'submit' });
    expect(statusOf(a.id)).toBe('in_review');

    transitionArticle(db, chief, { id: a.id, transition: 'request_changes', comment: 'Check the amount, please.' });
    expect(statusOf(a.id)).toBe('changes_requested');

    const edited = saveArticle(db, editor, { ...READY, titleEn: 'Police seized 6 kg of heroin', titleRu: 'Полиция изъяла 6 кг героина', id: a.id, expectedVersion: a.version });
    transitionArticle(db, editor, { id: a.id, transition: 'submit', comment: 'Fixed.' });
    transitionArticle(db, admin, { id: a.id, transition: 'approve' });
    expect(statusOf(a.id)).toBe('approved');

    transitionArticle(db, chief, { id: a.id, transition: 'reopen', comment: 'The date is wrong.' });
    expect(statusOf(a.id)).toBe('changes_requested');

    expect(listArticleComments(db, a.id).map((c) => [c.kind, c.body, c.authorName])).toEqual([
      ['changes_requested', 'Check the amount, please.', 'Chief Editor'],
      ['comment', 'Fixed.', 'Aigerim Editor'],
      ['approved', '', 'Admin'],
      ['reopened', 'The date is wrong.', 'Chief Editor'],
    ]);
    expect(listArticleSnapshots(db, a.id).map((s) => [s.reason, s.version])).toEqual([
      ['submitted', a.version],
      ['submitted', edited.article.version],
      ['approved', edited.article.version],
    ]);
    expect(auditActions(db, a.id)).toEqual([
      'create_article',
      'save_article',
      'article_submit',
      'article_request_changes',
      'save_article',
      'article_submit',
      'article_approve',
      'article_reopen',
    ]);
  });

  it('shows the reviewer what changed since the last review, per field', () => {
    const a = readyArticle(db, editor);
    transitionArticle(db, editor, { id: a.id, transition: 'submit' });
    // First review: nothing earlier to compare with.
    expect(findPreviousReviewSnapshot(db, a.id, a.version)).toBeUndefined();
    transitionArticle(db, chief, { id: a.id, transition: 'request_changes', comment: 'More detail.' });
    const edited = saveArticle(db, editor, {
      ...READY,
      bodyEn: `${READY.bodyEn}\n\nA third paragraph.`,
      sources: [...READY.sources, 'https://second.example/news'],
      id: a.id,
      expectedVersion: a.version,
    });
    transitionArticle(db, editor, { id: a.id, transition: 'submit' });
    const base = findPreviousReviewSnapshot(db, a.id, edited.article.version)!;
    expect(base.version).toBe(a.version);
    const latest = listArticleSnapshots(db, a.id).at(-1)!;
    const diffs = diffArticle(base.content, latest.content);
    expect(diffs.map((d) => d.field)).toEqual(['bodyEn', 'sources']);
    expect(diffs[0]!.parts.filter((p) => p.added).map((p) => p.value).join('')).toContain('A third paragraph.');
    expect(diffs[1]!.parts.filter((p) => p.added).map((p) => p.value)).toEqual(['https://second.example/news\n']);
  });

  it('refuses submitting an incomplete article and says what is missing', () => {
    const a = createArticle(db, editor, { countryCode: 'KZ', eventDate: '2024-01-15', titleEn: 'Only a title' });
    expect(() => transitionArticle(db, editor, { id: a.id, transition: 'submit' })).toThrow(
      expect.objectContaining({ fields: { text: 'required', source: 'required' } }),
    );
    expect(statusOf(a.id)).toBe('draft');
    expect(db.select().from(articleSnapshots).all()).toHaveLength(0);
    expect(auditActions(db, a.id)).toEqual(['create_article']);
  });

  it('refuses transitions by the wrong role, from the wrong state, or without a reason', () => {
    const a = readyArticle(db, editor);
    expect(() => transitionArticle(db, editor, { id: a.id, transition: 'approve' })).toThrow(expect.objectContaining({ reason: 'role' }));
    expect(() => transitionArticle(db, chief, { id: a.id, transition: 'approve' })).toThrow(expect.objectContaining({ reason: 'state' }));
    transitionArticle(db, editor, { id: a.id, transition: 'submit' });
    expect(() => transitionArticle(db, editor, { id: a.id, transition: 'submit' })).toThrow(ForbiddenError);
    expect(() => transitionArticle(db, editor, { id: a.id, transition: 'request_changes', comment: 'x' })).toThrow(
      expect.objectContaining({ reason: 'role' }),
    );
    expect(() => transitionArticle(db, chief, { id: a.id, transition: 'request_changes', comment: '   ' })).toThrow(
      expect.objectContaining({ fields: { comment: 'required' } }),
    );
    transitionArticle(db, chief, { id: a.id, transition: 'approve' });
    expect(() => transitionArticle(db, editor, { id: a.id, transition: 'reopen', comment: 'why' })).toThrow(expect.objectContaining({ reason: 'role' }));
    expect(() => transitionArticle(db, chief, { id: a.id, transition: 'reopen' })).toThrow(ValidationError);
    expect(statusOf(a.id)).toBe('approved');
    expect(db.select().from(articleComments).where(eq(articleComments.kind, 'reopened')).all()).toHaveLength(0);
  });

  it('refuses approving a text that changed since the reviewer loaded it', () => {
    const a = readyArticle(db, editor);
    transitionArticle(db, editor, { id: a.id, transition: 'submit' });
    const seen = a.version;
    saveArticle(db, admin, { ...READY, titleEn: 'Edited in review', id: a.id, expectedVersion: seen });
    expect(() => transitionArticle(db, chief, { id: a.id, transition: 'approve', expectedVersion: seen })).toThrow(ConflictError);
    expect(statusOf(a.id)).toBe('in_review');
  });
});

describe('comments', () => {
  it('adds a comment in any state and refuses an empty one', () => {
    const a = readyArticle(db, editor);
    const c = addComment(db, chief, { articleId: a.id, body: '  Good text.\r\nOne question.  ' });
    expect(c).toMatchObject({ kind: 'comment', body: 'Good text.\nOne question.', authorId: chief.id });
    expect(() => addComment(db, editor, { articleId: a.id, body: '  ' })).toThrow(expect.objectContaining({ fields: { body: 'required' } }));
    expect(() => addComment(db, editor, { articleId: 999, body: 'x' })).toThrow(/no article/);
    expect(auditActions(db, a.id).at(-1)).toBe('comment_article');
  });
});
