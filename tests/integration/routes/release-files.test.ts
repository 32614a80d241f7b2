import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { useTemporaryAppData } from '@/tests/helpers/test-app';
import { createIssue, minimalPdf, publishRevision, type StoredEdition } from '@/tests/helpers/reader-fixture';
import { startFrontServer, type RunningFront } from '@/tests/helpers/front-server';

let GET: typeof import('@/app/releases/[year]/[number]/[...file]/route').GET;
let HEAD: typeof import('@/app/releases/[year]/[number]/[...file]/route').HEAD;
let r1: StoredEdition[];
let r2: StoredEdition[];
let front: RunningFront;

/** The route handler, called as Next calls it. */
const viaRoute = (request: Request) => {
  const [, , year, number, ...file] = new URL(request.url).pathname.split('/');
  return (request.method === 'HEAD' ? HEAD : GET)(request, { params: Promise.resolve({ year: year!, number: number!, file }) });
};

// The same answers are expected from the route handler (next dev, covers) and from the front
// server (server/front.ts), which streams the PDFs itself and hands everything else to Next.
const TRANSPORTS = {
  'route handler': (path: string, headers: Record<string, string>, method: string) => viaRoute(new Request(new URL(path, 'http://localhost'), { method, headers })),
  'front server': async (path: string, headers: Record<string, string>, method: string) => {
    const before = front.nextCalls();
    const response = await fetch(front.url + path, { method, headers });
    // The front answers every published PDF itself; only what it cannot find reaches Next (its 404 page).
    if (/\.pdf(\?|$)/.test(path) && response.status !== 404) expect(front.nextCalls(), path).toBe(before);
    return response;
  },
};
const en = (editions: StoredEdition[]) => editions.find((e) => e.lang === 'en')!;

beforeAll(async () => {
  useTemporaryAppData();
  const { getDb } = await import('@/lib/db/instance');
  ({ GET, HEAD } = await import('@/app/releases/[year]/[number]/[...file]/route'));
  const db = getDb();
  const published = createIssue(db, { year: 2024, number: 1, articles: [{ country: 'KZ', titleEn: 'A', titleRu: 'А' }] });
  r1 = publishRevision(db, { issueId: published.issueId, revision: 1, pdf: (lang) => minimalPdf(`first ${lang} ${'x'.repeat(400)}`) });
  r2 = publishRevision(db, { issueId: published.issueId, revision: 2, pdf: (lang) => minimalPdf(`corrected ${lang} ${'y'.repeat(400)}`) });
  const draft = createIssue(db, { year: 2024, number: 2, articles: [{ country: 'KZ', titleEn: 'B', titleRu: 'Б' }] });
  // A draft issue with a file on disk and a row (as a half-finished publication could leave): never served.
  publishRevision(db, { issueId: draft.issueId, revision: 1, status: 'draft' });
  const correcting = createIssue(db, { year: 2024, number: 3, articles: [{ country: 'KZ', titleEn: 'C', titleRu: 'В' }] });
  publishRevision(db, { issueId: correcting.issueId, revision: 1, status: 'correction' });
  front = await startFrontServer(db, viaRoute);
});
afterAll(() => front.close());

describe.each(Object.keys(TRANSPORTS) as Array<keyof typeof TRANSPORTS>)('served by the %s', (transport) => {
  const call = (path: string, headers: Record<string, string> = {}, method = 'GET') => TRANSPORTS[transport](path, headers, method);
  const get = (path: string, headers: Record<string, string> = {}) => call(path, headers);

  describe('GET /releases/YEAR/NUMBER/LANG.pdf (latest revision)', () => {
    it('sends the stored file of the latest published revision with download headers', async () => {
      const response = await get('/releases/2024/1/en.pdf');
      const body = Buffer.from(await response.arrayBuffer());

      expect(response.status).toBe(200);
      expect(body.equals(en(r2).bytes)).toBe(true);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-length')).toBe(String(en(r2).bytes.length));
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="caricc-information-release-2024-01-en.pdf"');
      expect(response.headers.get('etag')).toBe(`"${en(r2).sha256}"`);
      expect(response.headers.get('accept-ranges')).toBe('bytes');
      expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    });

    it('shows the file inline with ?inline=1', async () => {
      const response = await get('/releases/2024/1/ru.pdf?inline=1');
      expect(response.headers.get('content-disposition')).toBe('inline; filename="caricc-information-release-2024-01-ru.pdf"');
    });

    it('answers 304 without a body when If-None-Match holds the ETag', async () => {
      const etag = `"${en(r2).sha256}"`;
      for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const response = await get('/releases/2024/1/en.pdf', { 'If-None-Match': header });
        expect(response.status, header).toBe(304);
        expect(response.body).toBeNull();
        expect(response.headers.get('etag')).toBe(etag);
      }
      expect((await get('/releases/2024/1/en.pdf', { 'If-None-Match': `"${en(r1).sha256}"` })).status).toBe(200);
    });

    it('serves byte ranges: closed, open-ended and suffix', async () => {
      const bytes = en(r2).bytes;
      const size = bytes.length;
      const cases = [
        { range: 'bytes=0-4', start: 0, end: 4 },
        { range: 'bytes=10-', start: 10, end: size - 1 },
        { range: 'bytes=-7', start: size - 7, end: size - 1 },
        { range: `bytes=5-${size + 100}`, start: 5, end: size - 1 },
        { range: `bytes=-${size + 50}`, start: 0, end: size - 1 },
      ];
      for (const { range, start, end } of cases) {
        const response = await get('/releases/2024/1/en.pdf', { Range: range });
        const body = Buffer.from(await response.arrayBuffer());
        expect(response.status, range).toBe(206);
        expect(response.headers.get('content-range'), range).toBe(`bytes ${start}-${end}/${size}`);
        expect(response.headers.get('content-length'), range).toBe(String(end - start + 1));
        expect(body.equals(bytes.subarray(start, end + 1)), range).toBe(true);
      }
      const head = await get('/releases/2024/1/en.pdf', { Range: 'bytes=0-4' });
      expect(Buffer.from(await head.arrayBuffer()).toString('latin1')).toBe('%PDF-');
    });

    it('answers 416 for a range past the end, and ignores ranges it does not serve', async () => {
      const size = en(r2).bytes.length;
      for (const range of [`bytes=${size}-`, `bytes=${size + 10}-${size + 20}`, 'bytes=-0']) {
        const response = await get('/releases/2024/1/en.pdf', { Range: range });
        expect(response.status, range).toBe(416);
        expect(response.headers.get('content-range')).toBe(`bytes */${size}`);
      }
      for (const range of ['bytes=0-1,5-6', 'items=0-1', 'bytes=9-2', 'bytes=abc']) {
        const response = await get('/releases/2024/1/en.pdf', { Range: range });
        expect(response.status, range).toBe(200);
        expect((await response.arrayBuffer()).byteLength).toBe(size);
      }
    });

    it('sends the whole file when If-Range names another version', async () => {
      const stale = await get('/releases/2024/1/en.pdf', { Range: 'bytes=0-4', 'If-Range': `"${en(r1).sha256}"` });
      expect(stale.status).toBe(200);
      const fresh = await get('/releases/2024/1/en.pdf', { Range: 'bytes=0-4', 'If-Range': `"${en(r2).sha256}"` });
      expect(fresh.status).toBe(206);
    });

    it('answers HEAD with the headers of GET and no body', async () => {
      const response = await call('/releases/2024/1/en.pdf', {}, 'HEAD');
      expect(response.status).toBe(200);
      expect(response.body).toBeNull();
      expect(response.headers.get('content-length')).toBe(String(en(r2).bytes.length));
      expect(response.headers.get('etag')).toBe(`"${en(r2).sha256}"`);
      const missing = await call('/releases/2031/1/en.pdf', {}, 'HEAD');
      expect(missing.status).toBe(404);
    });

    it('serves the last published revision of an issue under correction', async () => {
      const response = await get('/releases/2024/3/en.pdf');
      expect(response.status).toBe(200);
    });
  });

  describe('revision URLs /releases/YEAR/NUMBER/rN/LANG.pdf', () => {
    it('serve earlier revisions as immutable files with their own name', async () => {
      const response = await get('/releases/2024/1/r1/en.pdf');
      const body = Buffer.from(await response.arrayBuffer());

      expect(response.status).toBe(200);
      expect(body.equals(en(r1).bytes)).toBe(true);
      expect(response.headers.get('etag')).toBe(`"${en(r1).sha256}"`);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="caricc-information-release-2024-01-en-r1.pdf"');
      const latest = Buffer.from(await (await get('/releases/2024/1/r2/ru.pdf')).arrayBuffer());
      expect(latest.equals(r2.find((e) => e.lang === 'ru')!.bytes)).toBe(true);
    });

    it('404 for a revision not published', async () => {
      expect((await get('/releases/2024/1/r3/en.pdf')).status).toBe(404);
    });
  });

  describe('unknown and unpublished', () => {
    it.each([
      '/releases/2024/9/en.pdf', // unknown issue
      '/releases/2024/2/en.pdf', // draft issue, even with a file
      '/releases/2024/2/r1/en.pdf',
      '/releases/2024/1/de.pdf', // unknown edition
      '/releases/2024/1/en.txt',
      '/releases/2024/1/r0/en.pdf',
      '/releases/2024/01/en.pdf',
      '/releases/24/1/en.pdf',
      '/releases/2024/1/r1/x/en.pdf',
    ])('%s answers 404 with an HTML page', async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('Not found');
    });
  });

  describe('cover thumbnails /releases/YEAR/NUMBER/rN/LANG-cover.webp', () => {
    it('draws page 1 of the stored PDF once, then serves the stored image', async () => {
      const response = await get('/releases/2024/1/r2/en-cover.webp');
      const image = Buffer.from(await response.arrayBuffer());

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/webp');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const meta = await sharp(image).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.width).toBe(360);
      expect(meta.height).toBe(Math.round((360 * 842) / 595));
      const fs = await import('node:fs');
      const { resolveDataPath } = await import('@/lib/media/data-dir');
      expect(fs.existsSync(resolveDataPath('releases/2024/1/r2-en-cover.webp'))).toBe(true);

      const again = await get('/releases/2024/1/r2/en-cover.webp', { 'If-None-Match': response.headers.get('etag')! });
      expect(again.status).toBe(304);
    });

    it('404 for the cover of a draft issue', async () => {
      expect((await get('/releases/2024/2/r1/en-cover.webp')).status).toBe(404);
    });
  });
});
