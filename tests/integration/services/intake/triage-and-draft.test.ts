import { describe, expect, it } from 'vitest';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { findArticle, listArticleSources } from '@/lib/db/queries/articles';
import { findIntakeItem, findItemReferenceForArticle } from '@/lib/db/queries/intake-items';
import { userActor, SYSTEM_ACTOR } from '@/lib/services/actor';
import { createArticle } from '@/lib/services/create-article';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/services/errors';
import { createArticleFromItem } from '@/lib/services/intake/create-article-from-item';
import { setItemStatus } from '@/lib/services/intake/set-item-status';
import { saveArticle } from '@/lib/services/save-article';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { insertTestItem, insertTestOutlet } from '@/tests/helpers/intake-items';
import { createTestUser } from '@/tests/helpers/test-app';

function audit(db: Db): Array<{ action: string; entity_id: string | null }> {
  return db.$client.prepare("select action, entity_id from audit_log where entity = 'intake_item' order by id").all() as never;
}

async function setup() {
  const db = openMemoryDatabase();
  seedReferenceData(db);
  const editor = userActor(await createTestUser(db, 'editor'));
  const outlet = insertTestOutlet(db, { name: 'KAKTUSMEDIA', countryCode: 'KG' });
  const ru = insertTestItem(db, {
    url: 'https://kaktus.media/doc/1.html',
    title: 'В Бишкеке изъяли   2 кг героина',
    summary: 'Задержаны двое.',
    text: 'Полный текст сообщения.',
    outletId: outlet,
    countryCode: 'KG',
    publishedAt: '2026-12-05T09:30:00Z',
    words: ['героин'],
  });
  return { db, editor, outlet, ru };
}

describe('setItemStatus', () => {
  it('keeps, dismisses and restores an item for any editor, with who and when, and audits each change', async () => {
    const { db, editor, ru } = await setup();
    expect(setItemStatus(db, editor, { itemId: ru, status: 'kept' })).toEqual({ itemId: ru, status: 'kept' });
    expect(findIntakeItem(db, ru)).toMatchObject({ status: 'kept', statusChangedBy: editor.id });
    setItemStatus(db, editor, { itemId: ru, status: 'dismissed' });
    setItemStatus(db, editor, { itemId: ru, status: 'new' });
    setItemStatus(db, editor, { itemId: ru, status: 'new' }); // no change, no audit row
    expect(audit(db)).toEqual([
      { action: 'set_intake_status', entity_id: String(ru) },
      { action: 'set_intake_status', entity_id: String(ru) },
      { action: 'set_intake_status', entity_id: String(ru) },
    ]);
  });

  it('refuses "used" by hand, a used item, unknown items and the system actor', async () => {
    const { db, editor, ru } = await setup();
    expect(() => setItemStatus(db, editor, { itemId: ru, status: 'used' as never })).toThrow(ValidationError);
    expect(() => setItemStatus(db, editor, { itemId: 999, status: 'kept' })).toThrow(NotFoundError);
    expect(() => setItemStatus(db, SYSTEM_ACTOR, { itemId: ru, status: 'kept' })).toThrow(ForbiddenError);
    createArticleFromItem(db, editor, { itemId: ru });
    expect(() => setItemStatus(db, editor, { itemId: ru, status: 'dismissed' })).toThrow(ForbiddenError);
    expect(findIntakeItem(db, ru)?.status).toBe('used');
  });
});

describe('createArticleFromItem', () => {
  it('makes a draft with the country guess, the event date, the outlet label, the Russian title and the link, and marks the item used', async () => {
    const { db, editor, ru } = await setup();
    const result = createArticleFromItem(db, editor, { itemId: ru }, '2026-12-08');
    expect(result.outcome).toBe('created');
    expect(findArticle(db, result.articleId)).toMatchObject({
      status: 'draft',
      countryCode: 'KG',
      eventDate: '2026-12-05',
      outlet: 'KAKTUSMEDIA',
      titleRu: 'В Бишкеке изъяли 2 кг героина',
      titleEn: '',
      bodyRu: '',
      bodyEn: '',
      authorId: editor.id,
    });
    expect(listArticleSources(db, result.articleId)).toEqual(['https://kaktus.media/doc/1.html']);
    expect(findIntakeItem(db, ru)).toMatchObject({ status: 'used', articleId: result.articleId });
    expect(findItemReferenceForArticle(db, result.articleId)).toMatchObject({ id: ru, text: 'Полный текст сообщения.', outletName: 'KAKTUSMEDIA' });
    expect(audit(db).map((a) => a.action)).toEqual(['create_article_from_item']);
  });

  it('puts an English title on the English side, a Kazakh one on the Russian side, and takes today without a date', async () => {
    const { db, editor } = await setup();
    const en = insertTestItem(db, { url: 'https://example.com/a', title: 'Hashish seized', language: 'en', countryCode: 'TJ' });
    const kk = insertTestItem(db, { url: 'https://example.kz/b', title: 'Есірткі тәркіленді', language: 'kk', countryCode: 'KZ' });
    const a = createArticleFromItem(db, editor, { itemId: en }, '2026-12-08');
    const b = createArticleFromItem(db, editor, { itemId: kk }, '2026-12-08');
    expect(findArticle(db, a.articleId)).toMatchObject({ titleEn: 'Hashish seized', titleRu: '', eventDate: '2026-12-08', outlet: '' });
    expect(findArticle(db, b.articleId)).toMatchObject({ titleEn: '', titleRu: 'Есірткі тәркіленді' });
  });

  it('asks for a country when none can be guessed, and takes the one given', async () => {
    const { db, editor } = await setup();
    const item = insertTestItem(db, { url: 'https://example.com/c', title: 'Drugs', language: 'en' });
    expect(() => createArticleFromItem(db, editor, { itemId: item })).toThrow(expect.objectContaining({ fields: { countryCode: 'required' } }));
    expect(() => createArticleFromItem(db, editor, { itemId: item, countryCode: 'QQ' })).toThrow(ValidationError);
    expect(findIntakeItem(db, item)?.status).toBe('new');
    const { articleId } = createArticleFromItem(db, editor, { itemId: item, countryCode: 'uz' });
    expect(findArticle(db, articleId)?.countryCode).toBe('UZ');
  });

  it('creates nothing when the link is already a source of an article: the item points to that article', async () => {
    const { db, editor, ru } = await setup();
    const existing = createArticle(db, editor, { countryCode: 'KG', eventDate: '2026-12-05' });
    const row = findArticle(db, existing.id)!;
    saveArticle(db, editor, {
      id: existing.id,
      expectedVersion: row.version,
      countryCode: 'KG',
      eventDate: '2026-12-05',
      outlet: '',
      titleEn: '',
      titleRu: 'Т',
      bodyEn: '',
      bodyRu: '',
      digestEn: '',
      digestRu: '',
      sources: ['http://www.kaktus.media/doc/1.html'],
    });
    const before = db.$client.prepare('select count(*) as n from articles').get();
    expect(createArticleFromItem(db, editor, { itemId: ru })).toEqual({ outcome: 'exists', articleId: existing.id });
    expect(db.$client.prepare('select count(*) as n from articles').get()).toEqual(before);
    expect(findIntakeItem(db, ru)).toMatchObject({ status: 'used', articleId: existing.id });
  });

  it('leaves nothing behind when it fails half-way (one transaction)', async () => {
    const { db, editor } = await setup();
    const item = insertTestItem(db, { url: 'https://example.com/d', title: 'x'.repeat(10), language: 'ru', countryCode: 'KG' });
    db.$client.exec("create trigger fail_sources before insert on article_sources begin select raise(abort, 'boom'); end;");
    expect(() => createArticleFromItem(db, editor, { itemId: item })).toThrow(/boom/);
    expect(db.$client.prepare('select count(*) as n from articles').get()).toEqual({ n: 0 });
    expect(findIntakeItem(db, item)?.status).toBe('new');
    expect(audit(db)).toEqual([]);
  });
});
