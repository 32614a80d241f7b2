import type http from 'node:http';
import iconv from 'iconv-lite';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { listInboxItems } from '@/lib/db/queries/intake-items';
import { findOutlet, findOutletListing, insertOutlet } from '@/lib/db/queries/outlets';
import { intakeItems, intakeTerms, outlets } from '@/lib/db/schema';
import { SYSTEM_ACTOR, type Actor } from '@/lib/services/actor';
import { pollFeeds, type PollOptions } from '@/lib/services/intake/poll-feeds';
import { rescoreIntakeItems } from '@/lib/services/intake/rescore-intake-items';
import { seedDemoIntake } from '@/lib/services/intake/seed-demo-intake';
import { startLocalHttpServer, type LocalHttpServer } from '../../../helpers/local-http-server';
import { articleTestDb, readyArticle } from '../articles/setup';

let db: Db;
let editor: Actor;
let server: LocalHttpServer;
let routes: Map<string, http.RequestListener>;
let clock: Date;

const poll = (options: PollOptions = {}) =>
  pollFeeds(db, { allowAddresses: ['127.0.0.1'], allowPrivate: false, now: () => clock, ...options });

function rss(items: { title: string; link: string; description?: string; date?: string }[], encoding = 'utf-8'): string {
  return `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>t</title>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link><description>${i.description ?? ''}</description><pubDate>${i.date ?? 'Mon, 15 Jan 2024 10:00:00 +0600'}</pubDate></item>`,
    )
    .join('')}</channel></rss>`;
}

function serve(path: string, body: string | Buffer, headers: http.OutgoingHttpHeaders = { 'content-type': 'application/rss+xml; charset=utf-8' }) {
  routes.set(path, (_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  });
}

function outlet(name: string, path: string, values: Partial<typeof outlets.$inferInsert> = {}): number {
  return insertOutlet(db, { name, countryCode: 'KG', language: 'ru', siteUrl: server.origin, feedUrl: `${server.origin}${path}`, active: true, ...values });
}

function items() {
  return db.select().from(intakeItems).orderBy(intakeItems.id).all();
}

beforeEach(async () => {
  ({ db, editor } = articleTestDb());
  db.insert(intakeTerms)
    .values([
      { language: 'ru', term: 'наркотик', weight: 3 },
      { language: 'ru', term: 'гашиш', weight: 3 },
      { language: 'en', term: 'heroin', weight: 3 },
    ])
    .run();
  routes = new Map();
  server = await startLocalHttpServer((req, res) => {
    const route = routes.get(req.url ?? '');
    if (route) return route(req, res);
    res.writeHead(404);
    res.end();
  });
  clock = new Date('2024-02-01T10:00:00.000Z');
});

afterEach(async () => {
  await server.close();
});

describe('polling the feeds', () => {
  it('stores the items of RSS, Atom and JSON feeds with score, matched words, country and outlet', async () => {
    serve('/rss', rss([{ title: 'В Бишкеке изъяли гашиш', link: '/doc/1', description: '<p>Против распространения наркотиков</p>' }]));
    serve(
      '/atom',
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:a</id><title>Customs in Almaty seized heroin</title><link href="${server.origin}/atom/1"/><updated>2024-01-20T10:00:00Z</updated></entry></feed>`,
      { 'content-type': 'application/atom+xml' },
    );
    serve(
      '/json',
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: 'j1', url: '/json/1', title: 'Погода на выходные', date_published: '2024-01-21T00:00:00Z' }] }),
      { 'content-type': 'application/feed+json' },
    );
    const kaktus = outlet('KAKTUSMEDIA', '/rss');
    outlet('ATOM NEWS', '/atom', { countryCode: 'KG', language: 'en' });
    outlet('JSON NEWS', '/json', { countryCode: 'UZ' });
    outlet('INACTIVE', '/rss-other', { active: false });
    outlet('NO FEED', '', { feedUrl: null });

    const report = await poll();
    expect(report).toEqual({ feeds: 3, fetched: 3, new: 3, relevant: 2, errors: [] });

    const [first, second, third] = items();
    expect(first).toMatchObject({
      url: `${server.origin}/doc/1`,
      canonicalUrl: '127.0.0.1:' + server.port + '/doc/1',
      outletId: kaktus,
      title: 'В Бишкеке изъяли гашиш',
      summary: 'Против распространения наркотиков',
      publishedAt: '2024-01-15T04:00:00.000Z',
      language: 'ru',
      countryCode: 'KG',
      score: 3 * 3 + 3,
      status: 'new',
    });
    expect(JSON.parse(first!.matchedTerms)).toEqual([
      { field: 'title', start: 17, end: 22, text: 'гашиш', term: 'гашиш' },
      { field: 'summary', start: 23, end: 33, text: 'наркотиков', term: 'наркотик' },
    ]);
    // An English report from a Kyrgyz outlet about Almaty: Kazakhstan.
    expect(second).toMatchObject({ title: 'Customs in Almaty seized heroin', countryCode: 'KZ', language: 'en', score: 9 });
    expect(third).toMatchObject({ title: 'Погода на выходные', countryCode: 'UZ', score: 0 });

    const page = listInboxItems(db, {});
    expect(page.items.map((i) => i.title)).toEqual(['В Бишкеке изъяли гашиш', 'Customs in Almaty seized heroin', 'Погода на выходные']);
    expect(findOutletListing(db, kaktus)).toMatchObject({ itemCount: 1, lastError: null, lastFetchedAt: clock.toISOString(), failureCount: 0 });
  });

  it('decodes a windows-1251 feed whose charset is only in the XML prolog', async () => {
    const xml = rss([{ title: 'МВД: изъято 2 кг гашиша', link: '/mvd/1' }], 'windows-1251');
    serve('/cp1251', iconv.encode(xml, 'win1251'), { 'content-type': 'application/xml' });
    outlet('МВД.РФ', '/cp1251', { countryCode: 'RU' });
    await poll();
    expect(items().map((i) => [i.title, i.score])).toEqual([['МВД: изъято 2 кг гашиша', 9]]);
  });

  it('sends the stored validators back and stores nothing on a 304', async () => {
    let hits = 0;
    routes.set('/conditional', (req, res) => {
      hits++;
      if (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since'] === 'Mon, 15 Jan 2024 10:00:00 GMT') {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Mon, 15 Jan 2024 10:00:00 GMT' });
      res.end(rss([{ title: 'Героин', link: '/c/1' }]));
    });
    const id = outlet('COND', '/conditional');
    expect(await poll()).toMatchObject({ fetched: 1, new: 1 });
    expect(findOutlet(db, id)).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 15 Jan 2024 10:00:00 GMT' });
    clock = new Date(clock.getTime() + 30 * 60_000);
    expect(await poll()).toEqual({ feeds: 1, fetched: 1, new: 0, relevant: 0, errors: [] });
    expect(hits).toBe(2);
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(findOutlet(db, id)).toMatchObject({ etag: '"v1"', lastSuccessAt: clock.toISOString() });
  });

  it('stores an item seen in two feeds once, under its canonical URL', async () => {
    serve('/one', rss([{ title: 'Гашиш', link: 'https://www.news.example.kg/doc/5/' }]));
    serve('/two', rss([{ title: 'Гашиш (повтор)', link: 'http://news.example.kg/doc/5' }, { title: 'Other', link: 'https://news.example.kg/doc/6' }]));
    outlet('ONE', '/one');
    outlet('TWO', '/two');
    const report = await poll({ concurrency: 1 });
    expect(report.new).toBe(2);
    expect(items().map((i) => i.canonicalUrl)).toEqual(['news.example.kg/doc/5', 'news.example.kg/doc/6']);
    expect(items()[0]!.title).toBe('Гашиш');
    // Polled again: nothing new.
    expect((await poll()).new).toBe(0);
  });

  it('links an item to the article that already cites its link', async () => {
    const article = readyArticle(db, editor, { sources: ['https://polisia.kz/ru/news/1'] });
    serve('/kz', rss([{ title: 'Наркотики', link: 'http://www.polisia.kz/ru/news/1/' }]));
    outlet('POLISIA.KZ', '/kz', { countryCode: 'KZ' });
    await poll();
    expect(items()[0]!.articleId).toBe(article.id);
    expect(listInboxItems(db, {}).items[0]!.article).toMatchObject({ id: article.id });
  });

  it('turns hostile feeds into an error on that feed only: malformed, billion laughs, huge, slow, not a feed, 404', async () => {
    serve('/good', rss([{ title: 'Героин', link: '/g/1' }]));
    serve('/malformed', '<rss version="2.0"><channel><item><title>x</titl></item></channel></rss>');
    let entities = '<!ENTITY a "aaaaaaaaaa">';
    for (let i = 1; i <= 9; i++) entities += `<!ENTITY a${i} "${`&a${i === 1 ? '' : i - 1};`.repeat(10)}">`;
    serve('/laughs', `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><item><title>&a9;</title><link>/l</link></item></channel></rss>`);
    routes.set('/huge', (_req, res) => {
      // 8 MB announced and sent: refused on the announced length, whatever the machine's speed.
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(8 * 1024 * 1024) });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const more = () => {
        while (sent < 8 && res.write(chunk)) sent++;
        if (sent < 8) res.once('drain', more);
        else res.end();
      };
      more();
    });
    routes.set('/slow', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss version="2.0">');
      // Never finishes; the poll's timeout cuts it.
    });
    serve('/html', '<html><body>A site, not a feed</body></html>', { 'content-type': 'text/html' });
    const good = outlet('GOOD', '/good');
    const names = ['MALFORMED', 'LAUGHS', 'HUGE', 'SLOW', 'HTML', 'MISSING'];
    const paths = ['/malformed', '/laughs', '/huge', '/slow', '/html', '/missing'];
    names.forEach((name, i) => outlet(name, paths[i]!));

    const report = await poll({ timeoutMs: 3_000 });
    expect(report).toMatchObject({ feeds: 7, fetched: 1, new: 1 });
    const byName = Object.fromEntries(report.errors.map((e) => [e.name, e.error]));
    expect(byName.MALFORMED).toMatch(/^Malformed XML.*\(malformed\)$/);
    expect(byName.LAUGHS).toMatch(/entities.*\(entities\)$/);
    expect(byName.HUGE).toMatch(/\(too-large\)$/);
    expect(byName.SLOW).toMatch(/\(timeout\)$/);
    expect(byName.HTML).toMatch(/^Not a feed.*\(not-a-feed\)$/);
    expect(byName.MISSING).toMatch(/404.*\(http-status\)$/);
    expect(findOutletListing(db, good)).toMatchObject({ lastError: null, itemCount: 1 });
    const slow = db.select().from(outlets).where(eq(outlets.name, 'SLOW')).get()!;
    expect(slow).toMatchObject({ failureCount: 1, lastFetchedAt: clock.toISOString() });
    expect(slow.lastError).toMatch(/timeout/);
  });

  it('refuses a redirect to a private address while the guard is on', async () => {
    routes.set('/redirect', (_req, res) => {
      res.writeHead(302, { location: 'http://10.0.0.7/feed.xml' });
      res.end();
    });
    outlet('REDIRECT', '/redirect');
    const report = await poll();
    expect(report.errors.map((e) => e.error)).toEqual([expect.stringMatching(/\(private-address\)$/)]);
  });

  it('backs a failing feed off exponentially and forgets the failures after a success', async () => {
    let failing = true;
    routes.set('/flaky', (_req, res) => {
      if (failing) {
        res.writeHead(500);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss([{ title: 'Героин', link: '/f/1' }]));
    });
    const id = outlet('FLAKY', '/flaky');
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      const report = await poll({ intervalMinutes: 30 });
      expect(report.errors).toHaveLength(1);
      const row = findOutlet(db, id)!;
      expect(row.failureCount).toBe(round + 1);
      expect(row.lastError).toBe('The server answered 500 (http-status)');
      waits.push((Date.parse(row.nextFetchAt!) - clock.getTime()) / 60_000);
      // Not due a minute before its time; due at it.
      clock = new Date(Date.parse(row.nextFetchAt!) - 60_000);
      expect((await poll()).feeds).toBe(0);
      clock = new Date(Date.parse(row.nextFetchAt!));
    }
    expect(waits).toEqual([29, 59, 119, 239]);
    failing = false;
    expect(await poll()).toMatchObject({ fetched: 1, new: 1, errors: [] });
    expect(findOutlet(db, id)).toMatchObject({ failureCount: 0, lastError: null, nextFetchAt: null });
  });

  it('keeps the other feeds when one feed cannot be written (its outlet deleted during the poll)', async () => {
    let goneId = 0;
    routes.set('/gone', (_req, res) => {
      db.delete(outlets).where(eq(outlets.id, goneId)).run();
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss([{ title: 'Героин', link: '/gone/1' }]));
    });
    serve('/stays', rss([{ title: 'Гашиш', link: '/stays/1' }]));
    goneId = outlet('GONE', '/gone');
    outlet('STAYS', '/stays');
    const report = await poll({ concurrency: 1 });
    expect(report.errors).toEqual([expect.objectContaining({ name: 'GONE', error: expect.stringMatching(/FOREIGN KEY/) })]);
    expect(items().map((i) => i.title)).toEqual(['Гашиш']);
  });

  it('re-scores every item when the term list changes', async () => {
    serve('/r', rss([{ title: 'Мефедрон в Бишкеке', link: '/r/1' }, { title: 'Гашиш', link: '/r/2' }]));
    outlet('R', '/r');
    await poll();
    expect(items().map((i) => i.score)).toEqual([0, 9]);
    db.insert(intakeTerms).values({ language: 'ru', term: 'мефедрон', weight: 2 }).run();
    expect(rescoreIntakeItems(db, SYSTEM_ACTOR)).toEqual({ items: 2, changed: 1 });
    expect(items().map((i) => i.score)).toEqual([6, 9]);
    expect(JSON.parse(items()[0]!.matchedTerms)).toEqual([{ field: 'title', start: 0, end: 8, text: 'Мефедрон', term: 'мефедрон' }]);
  });
});

describe('the demo intake seed', () => {
  it('adds the demo terms and the January outlets once, inactive and without feeds', () => {
    db.delete(intakeTerms).run();
    const first = seedDemoIntake(db);
    expect(first.terms).toBeGreaterThan(50);
    expect(first.outlets).toBe(10);
    expect(seedDemoIntake(db)).toEqual({ terms: 0, outlets: 0 });
    const rows = db.select().from(outlets).all();
    expect(rows.every((o) => !o.active && o.feedUrl === null)).toBe(true);
    expect(rows.find((o) => o.name === 'KAKTUSMEDIA')).toMatchObject({ countryCode: 'KG', language: 'ru', siteUrl: 'https://kaktus.media/' });
  });
});

