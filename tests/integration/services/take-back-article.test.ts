import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { articles, auditLog } from '@/lib/db/schema';
import type { Actor } from '@/lib/services/actor';
import { addComment } from '@/lib/services/add-comment';
import { createArticle } from '@/lib/services/create-article';
import { ForbiddenError } from '@/lib/services/errors';
import { saveArticle } from '@/lib/services/save-article';
import { takeBackArticle } from '@/lib/services/take-back-article';
import { transitionArticle } from '@/lib/services/transition-article';
import { setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
});

/** An article written by `author` and submitted for review. */
function submitted(author: Actor): { id: number; version: number } {
  const { db } = desk;
  const created = createArticle(db, author, { countryCode: 'KZ', eventDate: '2024-03-05' });
  const saved = saveArticle(db, author, {
    id: created.id,
    expectedVersion: created.version,
    countryCode: 'KZ',
    eventDate: '2024-03-05',
    outlet: '',
    titleEn: 'Police seized heroin',
    titleRu: 'Полиция изъяла героин',
    bodyEn: 'Officers seized drugs.',
    bodyRu: 'Сотрудники изъяли наркотики.',
    digestEn: 'seizure of heroin',
    digestRu: 'изъятии героина',
    sources: ['https://news.example.org/a'],
  });
  transitionArticle(db, author, { id: created.id, transition: 'submit' });
  return { id: created.id, version: saved.article.version };
}

const reasonOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof ForbiddenError ? error.reason : String(error);
  }
  return 'allowed';
};

describe('taking back a submitted article', () => {
  it('makes it a draft again for its author while nobody has started reviewing it, with an audit row', () => {
    const { db, editor } = desk;
    const { id } = submitted(editor);
    const article = takeBackArticle(db, editor, { id });
    expect(article.status).toBe('draft');
    expect(db.select().from(articles).where(eq(articles.id, id)).get()!.status).toBe('draft');
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'article_take_back')).all();
    expect(audit.map((a) => [String(a.entityId), a.actorId])).toEqual([[String(id), editor.id]]);
  });

  it('is refused once the chief editor has commented or edited, to another user, and outside review', () => {
    const { db, editor, chief } = desk;
    const commented = submitted(editor);
    addComment(db, chief, { articleId: commented.id, body: 'Looking at it.' });
    expect(reasonOf(() => takeBackArticle(db, editor, { id: commented.id }))).toBe('review_started');

    const edited = submitted(editor);
    saveArticle(db, chief, {
      id: edited.id,
      expectedVersion: edited.version,
      countryCode: 'KZ',
      eventDate: '2024-03-05',
      outlet: '',
      titleEn: 'Police seized heroin in Almaty',
      titleRu: 'Полиция изъяла героин',
      bodyEn: 'Officers seized drugs.',
      bodyRu: 'Сотрудники изъяли наркотики.',
      digestEn: 'seizure of heroin',
      digestRu: 'изъятии героина',
      sources: ['https://news.example.org/a'],
    });
    expect(reasonOf(() => takeBackArticle(db, editor, { id: edited.id }))).toBe('review_started');

    const other = submitted(editor);
    expect(reasonOf(() => takeBackArticle(db, chief, { id: other.id }))).toBe('role');
    takeBackArticle(db, editor, { id: other.id });
    expect(reasonOf(() => takeBackArticle(db, editor, { id: other.id }))).toBe('state');
  });

  it('is not undone by the author’s own comment', () => {
    const { db, editor } = desk;
    const { id } = submitted(editor);
    addComment(db, editor, { articleId: id, body: 'One more source is coming.' });
    expect(takeBackArticle(db, editor, { id }).status).toBe('draft');
  });
});
