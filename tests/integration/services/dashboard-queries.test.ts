import { beforeAll, describe, expect, it } from 'vitest';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { articles, issueArticles, issues } from '@/lib/db/schema';
import {
  countQueues,
  dashboardQuery,
  decodeCursor,
  defaultQueue,
  encodeCursor,
  listDashboardArticles,
  type DashboardFilter,
} from '@/lib/db/queries/dashboard';
import { seedSyntheticArticles } from '@/lib/services/seed-synthetic-articles';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { createTestUser } from '@/tests/helpers/test-app';
import type { ArticleState } from '@/lib/domain/workflow';

type NewArticle = typeof articles.$inferInsert;

function insert(db: Db, rows: Array<Partial<NewArticle>>): number[] {
  return rows.map(
    (row, i) =>
      db
        .insert(articles)
        .values({ countryCode: 'KZ', eventDate: '2024-01-10', titleEn: `Article ${i}`, ...row })
        .returning({ id: articles.id })
        .get().id,
  );
}

const ids = (db: Db, filter: DashboardFilter) => listDashboardArticles(db, filter, { limit: 100 }).rows.map((r) => r.id);

describe('dashboard queues and filters', () => {
  let db: Db;
  let me: number;
  let other: number;
  const a: Record<string, number> = {};

  beforeAll(async () => {
    db = openMemoryDatabase();
    me = (await createTestUser(db, 'editor')).id;
    other = (await createTestUser(db, 'editor')).id;
    const rows: Array<[string, Partial<NewArticle>]> = [
      ['myDraft', { status: 'draft', authorId: me, eventDate: '2024-01-05', countryCode: 'KZ' }],
      ['otherDraft', { status: 'draft', authorId: other, eventDate: '2024-01-06' }],
      ['myReturned', { status: 'changes_requested', authorId: me, eventDate: '2024-02-01', countryCode: 'UZ' }],
      ['otherReturned', { status: 'changes_requested', authorId: other }],
      ['review1', { status: 'in_review', authorId: other, eventDate: '2024-01-20', countryCode: 'KG' }],
      ['review2', { status: 'in_review', authorId: me, eventDate: '2023-12-31', countryCode: 'KZ' }],
      ['approvedFree', { status: 'approved', authorId: other, eventDate: '2024-01-15' }],
      ['approvedPlaced', { status: 'approved', authorId: other, eventDate: '2024-01-16' }],
      ['published', { status: 'published', authorId: me, eventDate: '2023-11-01' }],
      ['cyrillic', { status: 'draft', authorId: me, titleEn: 'Zhetisu police held classes', titleRu: 'Полицейские Жетысу провели занятия в воинских частях', eventDate: '2024-01-07' }],
      ['yo', { status: 'draft', authorId: me, titleEn: 'Volunteers', titleRu: 'Волонтёры ЁЛКИ', eventDate: '2024-01-08' }],
      ['wild', { status: 'draft', authorId: me, titleEn: '100% pure_seizure', eventDate: '2024-01-09' }],
    ];
    const created = insert(db, rows.map(([, row]) => row));
    rows.forEach(([key], i) => (a[key] = created[i]!));
    const issue = db
      .insert(issues)
      .values({ year: 2024, number: 1, periodStart: '2024-01-01', periodEnd: '2024-01-31', placeEn: 'Almaty', placeRu: 'Алматы' })
      .returning()
      .get();
    db.insert(issueArticles).values({ issueId: issue.id, articleId: a.approvedPlaced!, position: 1 }).run();
  });

  it('lists my drafts and what was sent back to me, not other people’s', () => {
    expect(ids(db, { queue: 'drafts', userId: me }).sort()).toEqual([a.myDraft, a.cyrillic, a.yo, a.wild].sort());
    expect(ids(db, { queue: 'returned', userId: me })).toEqual([a.myReturned]);
  });

  it('lists everything in review, and approved articles not yet in an issue', () => {
    expect(ids(db, { queue: 'review', userId: me })).toEqual([a.review1, a.review2]);
    expect(ids(db, { queue: 'approved', userId: me })).toEqual([a.approvedFree]);
  });

  it('orders by event date, newest first, and joins the country and author', () => {
    const rows = listDashboardArticles(db, { queue: 'drafts', userId: me }).rows;
    expect(rows.map((r) => r.eventDate)).toEqual([...rows.map((r) => r.eventDate)].sort().reverse());
    expect(rows[0]).toMatchObject({ countryCode: 'KZ', countryEn: 'Kazakhstan', countryRu: 'Казахстан', authorName: 'editor user' });
  });

  it('filters by country, status (in "all") and event date range', () => {
    expect(ids(db, { queue: 'review', userId: me, country: 'KG' })).toEqual([a.review1]);
    expect(ids(db, { queue: 'all', userId: me, status: 'published' })).toEqual([a.published]);
    expect(ids(db, { queue: 'all', userId: me, country: 'UZ' })).toEqual([a.myReturned]);
    expect(ids(db, { queue: 'all', userId: me, from: '2024-01-15', to: '2024-01-20' })).toEqual([a.review1, a.approvedPlaced, a.approvedFree]);
    expect(ids(db, { queue: 'review', userId: me, to: '2023-12-31' })).toEqual([a.review2]);
    // A status filter does not widen a queue: the drafts queue stays drafts.
    expect(ids(db, { queue: 'drafts', userId: me, status: 'published' as ArticleState })).not.toContain(a.published);
  });

  it('finds titles in either language, ignoring case in Cyrillic as in Latin', () => {
    const search = (q: string) => ids(db, { queue: 'all', userId: me, search: q });
    expect(search('полицейские')).toEqual([a.cyrillic]);
    expect(search('ЖЕТЫСУ')).toEqual([a.cyrillic]);
    expect(search('ВоИнСкИх')).toEqual([a.cyrillic]);
    expect(search('ZHETISU POLICE')).toEqual([a.cyrillic]);
    expect(search('волонтеры елки')).toEqual([a.yo]);
    expect(search('100%')).toEqual([a.wild]);
    expect(search('%')).toEqual([a.wild]);
    expect(search('e_z')).toEqual([]); // "_" is no wildcard: "seizure" has "eiz"
    expect(search('нет такого')).toEqual([]);
  });

  it('counts each queue', () => {
    expect(countQueues(db, me)).toEqual({ drafts: 4, returned: 1, review: 2, approved: 1, all: 12 });
  });
});

describe('dashboard pagination', () => {
  it('walks forward and back through pages without gaps or repeats, also across equal dates', async () => {
    const db = openMemoryDatabase();
    const me = (await createTestUser(db, 'editor')).id;
    // 53 drafts over 7 dates: many share a date, so the id breaks the ties.
    insert(db, Array.from({ length: 53 }, (_, i) => ({ status: 'draft' as const, authorId: me, eventDate: `2024-03-0${(i % 7) + 1}` })));
    const filter: DashboardFilter = { queue: 'drafts', userId: me };
    const all = listDashboardArticles(db, filter, { limit: 100 }).rows.map((r) => r.id);
    expect(all).toHaveLength(53);

    const pages: number[][] = [];
    let page = listDashboardArticles(db, filter, { limit: 20 });
    expect(page.prev).toBeNull();
    pages.push(page.rows.map((r) => r.id));
    while (page.next) {
      const cursor = decodeCursor(encodeCursor(page.next));
      page = listDashboardArticles(db, filter, { after: cursor, limit: 20 });
      pages.push(page.rows.map((r) => r.id));
    }
    expect(pages.map((p) => p.length)).toEqual([20, 20, 13]);
    expect(pages.flat()).toEqual(all);

    const back = listDashboardArticles(db, filter, { before: page.prev, limit: 20 });
    expect(back.rows.map((r) => r.id)).toEqual(pages[1]);
    const first = listDashboardArticles(db, filter, { before: back.prev, limit: 20 });
    expect(first.rows.map((r) => r.id)).toEqual(pages[0]);
    expect(first.prev).toBeNull();
  });

  it('rejects malformed cursors', () => {
    expect(decodeCursor('2024-01-01_5')).toEqual({ eventDate: '2024-01-01', id: 5 });
    expect(decodeCursor("2024-01-01_5' or 1=1")).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });
});

describe('dashboard with 10,000 articles', () => {
  it('serves the first page of each queue from an index, without reading or sorting every article', async () => {
    const db = openMemoryDatabase();
    const editor = await createTestUser(db, 'editor');
    const chief = await createTestUser(db, 'chief');
    expect(seedSyntheticArticles(db, SYSTEM_ACTOR, { count: 10_000, authorIds: [editor.id, chief.id], seed: 3 }).inserted).toBe(10_000);

    const cases: Array<{ filter: DashboardFilter; plan: RegExp; status?: ArticleState }> = [
      { filter: { queue: defaultQueue(editor.role), userId: editor.id }, plan: /SEARCH articles USING INDEX articles_status_author_idx \(status=\? AND author_id=\?\)/, status: 'draft' },
      { filter: { queue: 'returned', userId: editor.id }, plan: /SEARCH articles USING INDEX articles_status_author_idx \(status=\? AND author_id=\?\)/, status: 'changes_requested' },
      { filter: { queue: defaultQueue(chief.role), userId: chief.id }, plan: /SEARCH articles USING INDEX articles_status_idx \(status=\?\)/, status: 'in_review' },
      // Newest first over the whole table: the event date index, read in order, stops after one page.
      { filter: { queue: 'all', userId: chief.id }, plan: /SCAN articles USING INDEX articles_event_idx/ },
    ];
    for (const { filter, plan: expected, status } of cases) {
      const query = dashboardQuery(db, filter).toSQL();
      const plan = (db.$client.prepare(`explain query plan ${query.sql}`).all(...(query.params as unknown[])) as Array<{ detail: string }>).map(
        (r) => r.detail,
      );
      expect(plan.join('\n')).toMatch(expected);
      expect(plan.some((d) => /^SCAN articles\b/.test(d) && !d.includes('articles_event_idx'))).toBe(false);
      expect(plan.some((d) => d.includes('TEMP B-TREE'))).toBe(false);

      const page = listDashboardArticles(db, filter);
      expect(page.rows).toHaveLength(25);
      expect(page.next).not.toBeNull();
      if (status) expect(page.rows.every((r) => r.status === status)).toBe(true);
    }
  });

  it('counts the queues as their lists would', async () => {
    const db = openMemoryDatabase();
    const editor = await createTestUser(db, 'editor');
    const other = await createTestUser(db, 'editor');
    seedSyntheticArticles(db, SYSTEM_ACTOR, { count: 2_000, authorIds: [editor.id, other.id], seed: 5 });
    const approved = listDashboardArticles(db, { queue: 'approved', userId: editor.id }, { limit: 5 }).rows;
    expect(approved).toHaveLength(5);
    const issue = db
      .insert(issues)
      .values({ year: 2024, number: 2, periodStart: '2024-02-01', periodEnd: '2024-02-29', placeEn: 'Almaty', placeRu: 'Алматы' })
      .returning()
      .get();
    approved.forEach((row, i) => db.insert(issueArticles).values({ issueId: issue.id, articleId: row.id, position: i + 1 }).run());

    const listed = (queue: DashboardFilter['queue']) => listDashboardArticles(db, { queue, userId: editor.id }, { limit: 10_000 }).rows.length;
    expect(countQueues(db, editor.id)).toEqual({
      drafts: listed('drafts'),
      returned: listed('returned'),
      review: listed('review'),
      approved: listed('approved'),
      all: 2_000,
    });
  });
});
