import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { bumpPublicPagesGeneration } from '@/lib/services/public-pages-generation';
import { defaultPageCache } from '@/server/front';
import { startFrontServer, type RunningFront } from '@/tests/helpers/front-server';
import { createIssue, publishRevision } from '@/tests/helpers/reader-fixture';
import { useTemporaryAppData } from '@/tests/helpers/test-app';

let db: Db;
let front: RunningFront;
let clock = 0;
let renders = 0;
let issueId: number;
let revision = 0;

/** Next as the front sees it: pages from its page cache (x-nextjs-cache), the proxy's locale cookie. */
function fakeNext(request: Request): Response {
  renders += 1;
  const url = new URL(request.url);
  // As next-intl: a cookie naming a supported locale wins, else the browser's languages.
  const cookie = /(?:^|; *)NEXT_LOCALE=(en|ru)(?:;|$)/.exec(request.headers.get('cookie') ?? '')?.[1];
  const lang = cookie ?? (/^(ru|kk)/.test(request.headers.get('accept-language') ?? '') ? 'ru' : 'en');
  const headers = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 's-maxage=300, stale-while-revalidate=31535700',
    etag: `"page-${renders}"`,
    vary: 'rsc, next-router-state-tree, Accept-Encoding',
    'x-middleware-rewrite': `/${lang}${url.pathname}`,
  });
  headers.append('set-cookie', `NEXT_LOCALE=${lang}; Path=/; Max-Age=31536000`);
  const page = url.pathname;
  if (page !== '/dynamic') headers.set('x-nextjs-cache', page === '/stale' ? 'STALE' : 'HIT');
  if (page === '/other-cookie') headers.append('set-cookie', 'tracking=1; Path=/');
  const body = page === '/big' ? 'x'.repeat(5000) : `<html lang="${lang}"><body>${page} (render ${renders})</body></html>`;
  // Next compresses for clients that accept gzip.
  const gzip = /gzip/.test(request.headers.get('accept-encoding') ?? '');
  if (gzip) headers.set('content-encoding', 'gzip');
  const bytes = gzip ? zlib.gzipSync(body) : Buffer.from(body);
  return new Response(request.method === 'HEAD' ? null : bytes, { status: page === '/missing' ? 404 : 200, headers });
}

beforeAll(async () => {
  useTemporaryAppData();
  const { getDb } = await import('@/lib/db/instance');
  db = getDb();
  issueId = createIssue(db, { year: 2024, number: 1, articles: [{ country: 'KZ', titleEn: 'A', titleRu: 'А' }] }).issueId;
  publishRevision(db, { issueId, revision: ++revision });
  front = await startFrontServer(db, fakeNext, defaultPageCache(db, { ttlMs: 300_000, now: () => clock, maxBodyBytes: 4096 }));
});
afterAll(() => front.close());
beforeEach(() => {
  clock += 1_000_000; // every test starts with the earlier entries expired
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(front.url + path, { method, headers });
const twice = async (path: string, headers: Record<string, string> = {}) => {
  const before = front.nextCalls();
  const first = await get(path, headers);
  const firstBody = await first.text();
  const second = await get(path, headers);
  return { first, firstBody, second, secondBody: await second.text(), nextCalls: front.nextCalls() - before };
};

describe('the public page cache of the front server', () => {
  it('answers the second anonymous visit from memory, the same page without the locale cookie, varying by language', async () => {
    const { first, firstBody, second, secondBody, nextCalls } = await twice('/');
    expect(nextCalls).toBe(1);
    expect(first.headers.get('x-release-desk-cache')).toBeNull();
    // Next's own answer says so too, for shared caches in front of the app.
    expect(first.headers.get('vary')).toBe('rsc, next-router-state-tree, Accept-Encoding, Accept-Language, Cookie');
    expect(second.headers.get('x-release-desk-cache')).toBe('hit');
    expect(secondBody).toBe(firstBody);
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('cache-control')).toBe('s-maxage=300, stale-while-revalidate=31535700');
    expect(second.headers.get('vary')).toBe('rsc, next-router-state-tree, Accept-Encoding, Accept-Language, Cookie');
    expect(second.headers.get('set-cookie')).toBeNull();
    expect(second.headers.get('x-middleware-rewrite')).toBeNull();
  });

  it('keeps one copy per language choice: the NEXT_LOCALE cookie and Accept-Language decide the page', async () => {
    const en = await get('/releases/2024/1');
    const kazakh = await twice('/releases/2024/1', { 'Accept-Language': 'kk-KZ,kk;q=0.9' });
    const chosen = await twice('/releases/2024/1', { Cookie: 'NEXT_LOCALE=ru; other=1' });
    expect(await en.text()).toContain('lang="en"');
    expect(kazakh.secondBody).toContain('lang="ru"');
    expect(kazakh.nextCalls).toBe(1);
    expect(chosen.secondBody).toContain('lang="ru"');
    expect(chosen.nextCalls).toBe(1);
    expect(await (await get('/releases/2024/1')).text()).toContain('lang="en"');
  });

  it('leaves to Next: signed-in users, query strings, the client router, other methods, the API and assets', async () => {
    const cases: Array<[string, Record<string, string>, string?]> = [
      ['/', { Cookie: 'next-auth.session-token=abc' }],
      ['/', { Cookie: '__Secure-next-auth.session-token=abc' }],
      ['/?year=2024', {}],
      ['/', { RSC: '1' }],
      ['/', { 'Next-Router-Prefetch': '1' }],
      ['/', { Authorization: 'Basic eDp5' }],
      ['/', { 'Accept-Language': `en;q=0.9,${'x'.repeat(300)}` }],
      ['/api/health', {}],
      ['/_next/static/chunk.js', {}],
      ['/', {}, 'POST'],
    ];
    for (const [path, headers, method] of cases) {
      const before = front.nextCalls();
      await (await get(path, headers, method ?? 'GET')).text();
      await (await get(path, headers, method ?? 'GET')).text();
      expect(front.nextCalls() - before, `${method ?? 'GET'} ${path} ${JSON.stringify(headers)}`).toBe(2);
    }
  });

  it("stores only what Next served from its page cache, whole and current, with no cookie but the locale's", async () => {
    for (const path of ['/dynamic', '/stale', '/missing', '/other-cookie', '/big']) {
      const { nextCalls, second } = await twice(path);
      expect(nextCalls, path).toBe(2);
      expect(second.headers.get('x-release-desk-cache'), path).toBeNull();
    }
  });

  it('forgets every page at a publication, by this or any process, at refreshPublicPages, and after the TTL', async () => {
    await twice('/');
    expect((await twice('/')).nextCalls).toBe(0);

    publishRevision(db, { issueId, revision: ++revision }); // a new release file, as a CLI publication writes it
    expect((await twice('/')).nextCalls).toBe(1);

    bumpPublicPagesGeneration(); // what refreshPublicPages does in the server after a publication
    expect((await twice('/')).nextCalls).toBe(1);

    clock += 299_000;
    expect((await twice('/')).nextCalls).toBe(0);
    clock += 2_000;
    expect((await twice('/')).nextCalls).toBe(1);
  });

  it("keeps Next's compressed page and the plain one: each client gets what it accepts; 304 for If-None-Match, HEAD without a body", async () => {
    const raw = (headers: Record<string, string>) =>
      new Promise<{ encoding: string | undefined; body: Buffer; cache: unknown }>((resolve, reject) => {
        // fetch sends Accept-Language: * (part of the key): so do these requests.
        http
          .get(`${front.url}/gzip`, { headers: { 'Accept-Language': '*', ...headers } }, (res) => {
            const chunks: Buffer[] = [];
            res
              .on('data', (c: Buffer) => chunks.push(c))
              .on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks), cache: res.headers['x-release-desk-cache'] }));
          })
          .on('error', reject);
      });
    const first = await raw({ 'Accept-Encoding': 'gzip' });
    expect(first.encoding).toBe('gzip');
    const page = zlib.gunzipSync(first.body).toString('utf8');
    const plain = await raw({});
    expect(plain).toMatchObject({ encoding: undefined, cache: 'hit' });
    expect(plain.body.toString('utf8')).toBe(page);
    const zipped = await raw({ 'Accept-Encoding': 'gzip, deflate' });
    expect(zipped).toMatchObject({ encoding: 'gzip', cache: 'hit' });
    expect(zlib.gunzipSync(zipped.body).toString('utf8')).toBe(page);
    expect((await get('/gzip', { 'Accept-Encoding': 'gzip;q=0' })).headers.get('content-encoding')).toBeNull();

    const etag = (await get('/gzip')).headers.get('etag')!;
    const before = front.nextCalls();
    const notModified = await get('/gzip', { 'If-None-Match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    const head = await get('/gzip', { 'Accept-Encoding': 'identity' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(page)));
    expect(await head.text()).toBe('');
    expect(front.nextCalls()).toBe(before);
  });

  it('answers a stale If-None-Match (an earlier version of the page, or any other tag) with the page: 200, never 304', async () => {
    const old = await get('/etag');
    const oldTag = old.headers.get('etag')!;
    bumpPublicPagesGeneration(); // a publication: the page is made again, with a new tag
    const current = await get('/etag');
    const currentTag = current.headers.get('etag')!;
    const currentBody = await current.text();
    expect(currentTag).not.toBe(oldTag);

    const before = front.nextCalls();
    for (const tag of [oldTag, '"something-else"', `W/${oldTag}`]) {
      const answer = await get('/etag', { 'If-None-Match': tag });
      expect(answer.status, tag).toBe(200);
      expect(answer.headers.get('etag')).toBe(currentTag);
      expect(await answer.text()).toBe(currentBody);
    }
    expect((await get('/etag', { 'If-None-Match': `${oldTag}, ${currentTag}` })).status).toBe(304);
    expect(front.nextCalls()).toBe(before); // all answered from the cache
  });

  it('leaves to Next a locale cookie it might read otherwise than Next does, and never files a page under another language', async () => {
    // (fetch trims the header itself, so the odd spaces sit inside it.)
    for (const cookie of ['NEXT_LOCALE =ru', 'a=1;\tNEXT_LOCALE=ru', 'NEXT_LOCALE=ru ;b=2', 'NEXT_LOCALE=ru; NEXT_LOCALE=en', 'NEXT_LOCALE=%72u', 'NEXT_LOCALE=xx']) {
      const { nextCalls, second } = await twice('/locales', { Cookie: cookie, 'Accept-Language': 'en' });
      expect(nextCalls, cookie).toBe(2);
      expect(second.headers.get('x-release-desk-cache'), cookie).toBeNull();
    }
  });

  it('streams published PDFs itself: they never reach Next', async () => {
    const before = front.nextCalls();
    const response = await get('/releases/2024/1/en.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect((await response.arrayBuffer()).byteLength).toBe(Number(response.headers.get('content-length')));
    expect(front.nextCalls()).toBe(before);
  });
});

describe('the size of the public page cache', () => {
  it('stays under its byte budget by dropping the least recently used pages', async () => {
    const small = await startFrontServer(db, fakeNext, defaultPageCache(db, { ttlMs: 300_000, maxTotalBytes: 300 }));
    try {
      const visit = async (path: string) => {
        const before = small.nextCalls();
        await (await fetch(small.url + path, { headers: { 'Accept-Encoding': 'identity' } })).text();
        return small.nextCalls() - before;
      };
      expect([await visit('/a'), await visit('/b')]).toEqual([1, 1]); // ~120 bytes each, plain + gzipped
      expect(await visit('/a')).toBe(0); // /a is now the most recently used
      expect(await visit('/c')).toBe(1); // over the budget: /b goes
      expect([await visit('/a'), await visit('/c'), await visit('/b')]).toEqual([0, 0, 1]);
    } finally {
      await small.close();
    }
  });
});
