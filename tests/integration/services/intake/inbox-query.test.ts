import { beforeEach, describe, expect, it } from 'vitest';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { findInboxItem, insertIntakeItem, listInboxItems } from '@/lib/db/queries/intake-items';
import { insertOutlet, listOutlets } from '@/lib/db/queries/outlets';
import { intakeItems } from '@/lib/db/schema';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { eq, sql } from 'drizzle-orm';

let db: Db;
let kaktus: number;
let polisia: number;

beforeEach(() => {
  db = openMemoryDatabase();
  seedReferenceData(db);
  kaktus = insertOutlet(db, { name: 'KAKTUSMEDIA', countryCode: 'KG', language: 'ru', siteUrl: 'https://kaktus.media' });
  polisia = insertOutlet(db, { name: 'POLISIA.KZ', countryCode: 'KZ', language: 'ru', siteUrl: 'https://polisia.kz' });
});

function item(key: string, values: Partial<typeof intakeItems.$inferInsert> = {}): number {
  const id = insertIntakeItem(db, { canonicalUrl: key, url: `https://${key}`, title: key, ...values });
  if (id == null) throw new Error('not stored');
  return id;
}

describe('the inbox query', () => {
  it('lists new items by score, then the newest first, undated ones last, with counts per status', () => {
    item('a.kg/1', { score: 2, publishedAt: '2024-01-10T10:00:00.000Z', outletId: kaktus });
    item('a.kg/2', { score: 5, publishedAt: '2024-01-02T10:00:00.000Z', outletId: kaktus });
    item('a.kg/3', { score: 2, publishedAt: '2024-01-12T10:00:00.000Z', outletId: polisia });
    item('a.kg/4', { score: 2 });
    item('a.kg/5', { score: 9, status: 'dismissed' });
    item('a.kg/6', { score: 1, status: 'kept' });

    const page = listInboxItems(db, {});
    expect(page.items.map((i) => i.title)).toEqual(['a.kg/2', 'a.kg/3', 'a.kg/1', 'a.kg/4']);
    expect(page.counts).toEqual({ new: 4, kept: 1, dismissed: 1, used: 0 });
    expect(page.total).toBe(4);
    expect(page.items[0]!.outlet).toEqual({ id: kaktus, name: 'KAKTUSMEDIA' });
    expect(listInboxItems(db, { status: 'dismissed' }).items.map((i) => i.title)).toEqual(['a.kg/5']);
  });

  it('filters by outlet, country, language and period (the last day included whole)', () => {
    item('x/1', { outletId: kaktus, countryCode: 'KG', language: 'ru', publishedAt: '2024-01-31T23:59:00.000Z' });
    item('x/2', { outletId: polisia, countryCode: 'KZ', language: 'kk', publishedAt: '2024-02-01T00:00:00.000Z' });
    item('x/3', { outletId: polisia, countryCode: 'KZ', language: 'ru', publishedAt: '2023-12-31T23:00:00.000Z', status: 'kept' });

    const titles = (filter: Parameters<typeof listInboxItems>[1]) => listInboxItems(db, filter).items.map((i) => i.title).sort();
    expect(titles({ outletId: polisia })).toEqual(['x/2']);
    expect(titles({ countryCode: 'KG' })).toEqual(['x/1']);
    expect(titles({ language: 'kk' })).toEqual(['x/2']);
    expect(titles({ from: '2024-01-01', to: '2024-01-31' })).toEqual(['x/1']);
    expect(titles({ from: '2024-02-01' })).toEqual(['x/2']);
    expect(listInboxItems(db, { outletId: polisia }).counts).toEqual({ new: 1, kept: 1, dismissed: 0, used: 0 });
    expect(listInboxItems(db, { from: '2024-01-01' }).counts.kept).toBe(0);
  });

  it('pages with limit and offset, bounded', () => {
    for (let i = 0; i < 7; i++) item(`p/${i}`, { score: i });
    expect(listInboxItems(db, { limit: 3 }).items.map((i) => i.score)).toEqual([6, 5, 4]);
    expect(listInboxItems(db, { limit: 3, offset: 6 }).items.map((i) => i.score)).toEqual([0]);
    expect(listInboxItems(db, { limit: 100_000 }).limit).toBe(200);
    expect(listInboxItems(db, { limit: 0 }).limit).toBe(1);
  });

  it('stores an item once per canonical URL and reads its matches back', () => {
    const id = item('once/1', {
      matchedTerms: JSON.stringify([{ field: 'title', start: 0, end: 6, text: 'heroin', term: 'heroin' }, { bogus: true }]),
    });
    expect(insertIntakeItem(db, { canonicalUrl: 'once/1', url: 'https://www.once/1/' })).toBeNull();
    expect(findInboxItem(db, id)!.matches).toEqual([{ field: 'title', start: 0, end: 6, text: 'heroin', term: 'heroin' }]);
    db.update(intakeItems).set({ matchedTerms: 'not json' }).where(eq(intakeItems.id, id)).run();
    expect(findInboxItem(db, id)!.matches).toEqual([]);
  });

  it('lists outlets with their item counts', () => {
    item('c/1', { outletId: kaktus });
    item('c/2', { outletId: kaktus });
    expect(listOutlets(db).map((o) => [o.name, o.itemCount])).toEqual([
      ['KAKTUSMEDIA', 2],
      ['POLISIA.KZ', 0],
    ]);
  });
});

describe('the counts per status without filters', () => {
  it('follow inserts, status changes and deletions (kept by triggers), equal to a count of the items', () => {
    const ids = Array.from({ length: 6 }, (_, i) => item(`t/${i}`));
    db.update(intakeItems).set({ status: 'kept' }).where(eq(intakeItems.id, ids[0]!)).run();
    db.update(intakeItems).set({ status: 'dismissed' }).where(eq(intakeItems.id, ids[1]!)).run();
    db.update(intakeItems).set({ status: 'dismissed' }).where(eq(intakeItems.id, ids[1]!)).run();
    db.update(intakeItems).set({ score: 5 }).where(eq(intakeItems.id, ids[2]!)).run();
    db.delete(intakeItems).where(eq(intakeItems.id, ids[3]!)).run();
    const expected = { new: 3, kept: 1, dismissed: 1, used: 0 };
    expect(listInboxItems(db, {}).counts).toEqual(expected);
    const counted = db.all<{ status: string; n: number }>(sql`select status, count(*) as n from intake_items group by status`);
    expect(Object.fromEntries(counted.map((r) => [r.status, r.n]))).toEqual({ new: 3, kept: 1, dismissed: 1 });
  });
});
