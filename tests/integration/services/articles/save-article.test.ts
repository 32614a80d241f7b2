import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { articles, articleSources } from '@/lib/db/schema';
import type { Actor } from '@/lib/services/actor';
import { createArticle } from '@/lib/services/create-article';
import { saveArticle } from '@/lib/services/save-article';
import { transitionArticle } from '@/lib/services/transition-article';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/services/errors';
import { listArticleSources } from '@/lib/db/queries/articles';
import { articleTestDb, auditActions, READY, readyArticle } from './setup';

let db: Db;
let editor: Actor;
let editor2: Actor;
let chief: Actor;

beforeEach(() => {
  ({ db, editor, editor2, chief } = articleTestDb());
});

describe('create and save an article', () => {
  it('creates a draft owned by the author, version 1, with an audit row', () => {
    const a = createArticle(db, editor, { countryCode: 'kg', eventDate: '2024-01-02', titleEn: ' Title ' });
    expect(a).toMatchObject({ status: 'draft', version: 1, authorId: editor.id, countryCode: 'KG', titleEn: 'Title' });
    expect(auditActions(db, a.id)).toEqual(['create_article']);
  });

  it('refuses an unknown country and a bad date', () => {
    expect(() => createArticle(db, editor, { countryCode: 'XX', eventDate: '2024-01-02' })).toThrow(ValidationError);
    expect(() => createArticle(db, editor, { countryCode: 'KZ', eventDate: '15.01.2024' })).toThrow(
      expect.objectContaining({ fields: { eventDate: 'required' } }),
    );
  });

  it('saves texts, digests, outlet and ordered sources as version + 1 in one audit row', () => {
    const a = createArticle(db, editor, { countryCode: 'KZ', eventDate: '2024-01-15' });
    const result = saveArticle(db, editor, {
      ...READY,
      outlet: 'KAKTUSMEDIA',
      sources: ['https://b.example/2', '', 'мвд.рф/news/3', 'https://a.example/1'],
      id: a.id,
      expectedVersion: 1,
    });
    expect(result.changed).toBe(true);
    expect(result.article).toMatchObject({ version: 2, titleEn: READY.titleEn, digestRu: READY.digestRu, outlet: 'KAKTUSMEDIA', updatedBy: editor.id });
    expect(listArticleSources(db, a.id)).toEqual(['https://b.example/2', 'https://xn--b1aew.xn--p1ai/news/3', 'https://a.example/1']);
    // Reordering and removing a source is a save like any other.
    saveArticle(db, editor, { ...READY, sources: ['https://a.example/1', 'https://b.example/2'], id: a.id, expectedVersion: 2 });
    expect(listArticleSources(db, a.id)).toEqual(['https://a.example/1', 'https://b.example/2']);
    expect(auditActions(db, a.id)).toEqual(['create_article', 'save_article', 'save_article']);
  });

  it('writes nothing when nothing changed', () => {
    const a = readyArticle(db, editor);
    const again = saveArticle(db, editor, { ...READY, id: a.id, expectedVersion: a.version });
    expect(again.changed).toBe(false);
    expect(again.article.version).toBe(a.version);
    expect(auditActions(db, a.id)).toEqual(['create_article', 'save_article']);
  });

  it('refuses invalid source rows with their index and stores nothing', () => {
    const a = readyArticle(db, editor);
    expect(() => saveArticle(db, editor, { ...READY, titleEn: 'changed', sources: ['ftp://x.example/a'], id: a.id, expectedVersion: a.version })).toThrow(
      expect.objectContaining({ fields: { 'sources.0': 'url_scheme' } }),
    );
    expect(db.select().from(articles).where(eq(articles.id, a.id)).get()!.titleEn).toBe(READY.titleEn);
  });

  it('is all or nothing: a failing source insert leaves texts unchanged', () => {
    const a = readyArticle(db, editor);
    db.$client.exec(`create trigger fail_sources before insert on article_sources when new.url like '%boom%' begin select raise(abort, 'boom'); end`);
    expect(() => saveArticle(db, editor, { ...READY, titleEn: 'New title', sources: ['https://boom.example/'], id: a.id, expectedVersion: a.version })).toThrow(/boom/);
    const row = db.select().from(articles).where(eq(articles.id, a.id)).get()!;
    expect(row).toMatchObject({ titleEn: READY.titleEn, version: a.version });
    expect(db.select().from(articleSources).where(eq(articleSources.articleId, a.id)).all()).toHaveLength(1);
    expect(auditActions(db, a.id)).toEqual(['create_article', 'save_article']);
  });
});

describe('the author and the chief editor on the same article', () => {
  it('refuses the second, stale save with who changed it and when, and overwrites nothing', () => {
    const a = readyArticle(db, editor);
    const loadedVersion = a.version;
    const first = saveArticle(db, chief, { ...READY, titleEn: 'Boris was here', id: a.id, expectedVersion: loadedVersion });
    let caught: unknown;
    try {
      saveArticle(db, editor, { ...READY, titleEn: 'Aigerim was here', id: a.id, expectedVersion: loadedVersion });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConflictError);
    const conflict = caught as ConflictError;
    expect(conflict.changedBy).toBe('Chief Editor');
    expect(conflict.changedAt).toBe(first.article.updatedAt);
    expect(conflict.currentVersion).toBe(loadedVersion + 1);
    expect(conflict.message).toBe(`Changed by Chief Editor at ${first.article.updatedAt}`);
    const row = db.select().from(articles).where(eq(articles.id, a.id)).get()!;
    expect(row.titleEn).toBe('Boris was here');
    expect(row.version).toBe(loadedVersion + 1);
  });
});

describe('whose article an editor may change', () => {
  it('refuses another editor’s save and submit, leaving the text as it was; the chief editor may do both', () => {
    const a = readyArticle(db, editor);
    expect(() => saveArticle(db, editor2, { ...READY, titleEn: 'Boris was here', id: a.id, expectedVersion: a.version })).toThrow(
      expect.objectContaining({ reason: 'not_author' }),
    );
    expect(() => transitionArticle(db, editor2, { id: a.id, transition: 'submit' })).toThrow(expect.objectContaining({ reason: 'not_author' }));
    const row = db.select().from(articles).where(eq(articles.id, a.id)).get()!;
    expect(row).toMatchObject({ titleEn: READY.titleEn, status: 'draft', version: a.version });
    const byChief = saveArticle(db, chief, { ...READY, titleEn: 'Fixed by the chief', id: a.id, expectedVersion: a.version });
    expect(transitionArticle(db, chief, { id: a.id, transition: 'submit' }).article.status).toBe('in_review');
    expect(byChief.article.updatedBy).toBe(chief.id);
  });

  it('lets any editor take an article without an author (imported from a release file)', () => {
    const a = readyArticle(db, editor);
    db.update(articles).set({ authorId: null }).where(eq(articles.id, a.id)).run();
    expect(saveArticle(db, editor2, { ...READY, titleEn: 'Taken by Boris', id: a.id, expectedVersion: a.version }).article.titleEn).toBe('Taken by Boris');
  });
});

describe('who may save when', () => {
  it('keeps texts in review from editors, lets the chief edit them, and freezes approved ones', () => {
    const a = readyArticle(db, editor);
    transitionArticle(db, editor, { id: a.id, transition: 'submit' });
    expect(() => saveArticle(db, editor, { ...READY, titleEn: 'x', id: a.id, expectedVersion: a.version })).toThrow(ForbiddenError);
    const byChief = saveArticle(db, chief, { ...READY, titleEn: 'Police seized 5 kg of heroin (fixed by chief)', id: a.id, expectedVersion: a.version });
    expect(byChief.article.version).toBe(a.version + 1);
    transitionArticle(db, chief, { id: a.id, transition: 'approve' });
    expect(() => saveArticle(db, chief, { ...READY, titleEn: 'y', id: a.id, expectedVersion: byChief.article.version })).toThrow(
      expect.objectContaining({ reason: 'state' }),
    );
  });
});
