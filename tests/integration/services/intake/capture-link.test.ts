import fs from 'node:fs';
import type { LookupFunction } from 'node:net';
import { and, eq } from 'drizzle-orm';
import iconv from 'iconv-lite';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { listArticlePhotos } from '@/lib/db/queries/articles';
import { insertOutlet } from '@/lib/db/queries/outlets';
import { articleSources, auditLog, intakeItems, intakeTerms } from '@/lib/db/schema';
import { resolveDataPath } from '@/lib/media/data-dir';
import type { SafeFetchOptions } from '@/lib/net/safe-fetch';
import { SYSTEM_ACTOR, type Actor } from '@/lib/services/actor';
import { ForbiddenError, ValidationError } from '@/lib/services/errors';
import { captureLink } from '@/lib/services/intake/capture-link';
import { takePagePhoto } from '@/lib/services/intake/take-page-photo';
import { startLocalHttpServer, type LocalHttpServer } from '../../../helpers/local-http-server';
import { useTemporaryAppData } from '../../../helpers/test-app';
import { articleTestDb, readyArticle } from '../articles/setup';

const POLICE_PAGE = fs.readFileSync(new URL('../../../fixtures/intake/police-article.html', import.meta.url), 'utf8');
const RUSSIAN_TITLE = 'В Бишкеке задержан курьер с героином';

let server: LocalHttpServer;
let photoJpeg: Buffer;
let bigPng: Buffer;

/** A valid PNG made 6 MiB by a private ancillary chunk: over the fetcher's default 5 MiB, under the photo limit. */
function paddedPng(png: Buffer, size: number): Buffer {
  const data = Buffer.alloc(size - png.length);
  const type = Buffer.from('prVt', 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), length, type, data, crc, png.subarray(iend)]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

beforeAll(async () => {
  useTemporaryAppData(); // photos are written under DATA_DIR
  photoJpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#336699' } }).jpeg().toBuffer();
  bigPng = paddedPng(await sharp({ create: { width: 600, height: 400, channels: 3, background: '#993366' } }).png().toBuffer(), 6 * 1024 * 1024);
  server = await startLocalHttpServer((req, res) => {
    const path = (req.url ?? '/').replace(/\/$/, '');
    if (path === '/ru/news/almaty') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(POLICE_PAGE);
    } else if (path === '/cp1251') {
      // The charset is only in the meta tag; the header names none.
      res.setHeader('content-type', 'text/html');
      res.end(iconv.encode(`<html lang="ru"><head><meta charset="windows-1251"><title>${RUSSIAN_TITLE}</title></head><body><p>${RUSSIAN_TITLE}. Изъято 2 кг.</p></body></html>`, 'windows-1251'));
    } else if (path === '/koi8') {
      res.setHeader('content-type', 'text/html; charset=KOI8-R');
      res.end(iconv.encode(`<html><head><title>${RUSSIAN_TITLE}</title></head><body><p>Текст в KOI8-R.</p></body></html>`, 'koi8-r'));
    } else if (path === '/with-bad-image') {
      res.setHeader('content-type', 'text/html');
      res.end('<html><head><meta property="og:title" content="Bad image"><meta property="og:image" content="/not-an-image.jpg"></head><body><p>x</p></body></html>');
    } else if (path === '/with-huge-image') {
      res.setHeader('content-type', 'text/html');
      res.end('<html><head><meta property="og:title" content="Huge image"><meta property="og:image" content="/huge.jpg"></head><body><p>x</p></body></html>');
    } else if (path === '/with-private-image') {
      res.setHeader('content-type', 'text/html');
      res.end('<html><head><meta property="og:title" content="Metadata image"><meta property="og:image" content="http://169.254.169.254/latest/meta-data/"></head><body><p>x</p></body></html>');
    } else if (path === '/no-image') {
      res.setHeader('content-type', 'text/html');
      res.end('<html><head><title>No image</title></head><body><p>x</p></body></html>');
    } else if (path === '/upload/news/2024/01/hashish.jpg') {
      res.setHeader('content-type', 'image/jpeg');
      res.end(photoJpeg);
    } else if (path === '/with-big-image') {
      res.setHeader('content-type', 'text/html');
      res.end('<html><head><meta property="og:title" content="Big image"><meta property="og:image" content="/big.png"></head><body><p>x</p></body></html>');
    } else if (path === '/big.png') {
      res.setHeader('content-type', 'image/png');
      res.end(bigPng);
    } else if (path === '/not-an-image.jpg') {
      res.setHeader('content-type', 'image/jpeg');
      res.end('<html>this is no image</html>');
    } else if (path === '/huge.jpg') {
      res.setHeader('content-type', 'image/jpeg');
      res.setHeader('content-length', String(26 * 1024 * 1024));
      res.write(photoJpeg.subarray(0, 100));
    } else if (path === '/report.pdf') {
      res.setHeader('content-type', 'application/pdf');
      res.end('%PDF-1.4');
    } else if (path === '/to-metadata') {
      res.statusCode = 302;
      res.setHeader('location', 'http://169.254.169.254/latest/meta-data/');
      res.end();
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
});
afterAll(() => server.close());

/** Every name resolves to the test server; the guard stays on and lets only that address through. */
const toServer = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) =>
  options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4)) as unknown as LookupFunction;
const fetchOptions: SafeFetchOptions = { lookup: toServer, allowAddresses: ['127.0.0.1'] };
const options = { fetch: fetchOptions };

let db: Db;
let editor: Actor;
let editor2: Actor;
let polisia: number;
const site = () => `http://polisia.kz:${server.port}`;

beforeEach(() => {
  ({ db, editor, editor2 } = articleTestDb());
  polisia = insertOutlet(db, { name: 'POLISIA.KZ', countryCode: 'KZ', language: 'ru', siteUrl: 'https://polisia.kz' });
  insertOutlet(db, { name: 'KAKTUSMEDIA', countryCode: 'KG', language: 'ru', siteUrl: 'https://kaktus.media' });
});

async function validationFields(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields;
}

describe('captureLink', () => {
  it('fetches a police-site page and returns the prefilled draft, stored as a new inbox item', async () => {
    const captured = await captureLink(db, editor, { url: `${site()}/ru/news/almaty` }, options);
    expect(captured).toMatchObject({
      created: true,
      status: 'new',
      url: `${site()}/ru/news/almaty`,
      title: 'В Алматы изъяли 15 кг гашиша',
      publishedAt: '2024-01-15T03:30:00.000Z',
      outlet: { id: polisia, name: 'POLISIA.KZ' },
      countryCode: 'KZ',
      language: 'ru',
      image: `${site()}/upload/news/2024/01/hashish.jpg`,
      existingArticle: null,
      score: 0,
    });
    expect(captured.text.split('\n\n')[0]).toMatch(/^Сотрудники Департамента полиции/);

    const row = db.select().from(intakeItems).where(eq(intakeItems.id, captured.itemId)).get()!;
    expect(row).toMatchObject({
      canonicalUrl: `polisia.kz:${server.port}/ru/news/almaty`,
      outletId: polisia,
      countryCode: 'KZ',
      title: 'В Алматы изъяли 15 кг гашиша',
      summary: 'Сотрудники полиции задержали двух подозреваемых.',
      status: 'new',
    });
    expect(row.text).toBe(captured.text);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'capture_link')).all();
    expect(audit.map((a) => [a.entity, a.entityId, a.actorId])).toEqual([['intake_item', String(captured.itemId), editor.id]]);
    expect(server.requests.at(-1)!.headers['user-agent']).toMatch(/^ReleaseDesk\/1\.0/);
  });

  it('decodes windows-1251 named only in the meta tag, and KOI8-R named in the header', async () => {
    const cp1251 = await captureLink(db, editor, { url: `${site()}/cp1251` }, options);
    expect(cp1251.title).toBe(RUSSIAN_TITLE);
    expect(cp1251.text).toBe(`${RUSSIAN_TITLE}. Изъято 2 кг.`);
    const koi8 = await captureLink(db, editor, { url: `http://news.example.kg:${server.port}/koi8` }, options);
    // No outlet for this site: the country is guessed from the place in the title (Бишкек).
    expect(koi8).toMatchObject({ title: RUSSIAN_TITLE, text: 'Текст в KOI8-R.', outlet: null, countryCode: 'KG' });
  });

  it('stores a link once per canonical URL and keeps the status of the stored item', async () => {
    const first = await captureLink(db, editor, { url: `${site()}/ru/news/almaty` }, options);
    db.update(intakeItems).set({ status: 'kept', countryCode: 'UZ' }).where(eq(intakeItems.id, first.itemId)).run();
    const again = await captureLink(db, editor2, { url: `http://www.polisia.kz:${server.port}/ru/news/almaty/` }, options);
    expect(again).toMatchObject({ itemId: first.itemId, created: false, status: 'kept', countryCode: 'UZ', title: first.title });
    expect(db.select().from(intakeItems).all()).toHaveLength(1);
  });

  it('scores the title and summary with the relevance terms, as the poller does', async () => {
    db.insert(intakeTerms).values([{ language: 'ru', term: 'гашиш', weight: 2 }, { language: 'ru', term: 'героин', weight: 1 }]).run();
    const captured = await captureLink(db, editor, { url: `${site()}/ru/news/almaty` }, options);
    expect(captured.score).toBeGreaterThan(0);
    const row = db.select().from(intakeItems).where(eq(intakeItems.id, captured.itemId)).get()!;
    const matches = JSON.parse(row.matchedTerms) as Array<{ field: 'title' | 'summary'; start: number; end: number; term: string }>;
    expect(matches.map((m) => [m.field, m.term, row[m.field].slice(m.start, m.end)])).toEqual([['title', 'гашиш', 'гашиша']]);
  });

  it('names the article that already cites the link as a source', async () => {
    const article = readyArticle(db, editor);
    db.insert(articleSources).values({ articleId: article.id, position: 1, url: `https://www.polisia.kz:${server.port}/ru/news/almaty/` }).run();
    const captured = await captureLink(db, editor2, { url: `${site()}/ru/news/almaty` }, options);
    expect(captured.existingArticle).toEqual({ id: article.id, title: article.titleEn });
    expect(db.select().from(intakeItems).where(eq(intakeItems.id, captured.itemId)).get()!.articleId).toBe(article.id);
  });

  it('is refused to anyone who is not a signed-in editor, before anything is fetched', async () => {
    const before = server.requests.length;
    await expect(captureLink(db, SYSTEM_ACTOR, { url: `${site()}/ru/news/almaty` }, options)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(captureLink(db, { id: 99, label: 'x', role: 'reader' as never }, { url: `${site()}/ru/news/almaty` }, options)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(server.requests.length).toBe(before);
    expect(db.select().from(intakeItems).all()).toHaveLength(0);
  });

  it('refuses bad links and what the fetcher refuses, storing nothing', async () => {
    expect(await validationFields(captureLink(db, editor, { url: '  ' }, options))).toEqual({ url: 'required' });
    expect(await validationFields(captureLink(db, editor, { url: 'ftp://polisia.kz/file' }, options))).toEqual({ url: 'url_scheme' });
    expect(await validationFields(captureLink(db, editor, { url: 'http://' }, options))).toEqual({ url: 'url_invalid' });
    expect(await validationFields(captureLink(db, editor, { url: 7 as never }, options))).toEqual({ url: 'invalid_type' });
    expect(await validationFields(captureLink(db, editor, { url: `http://user:pw@polisia.kz:${server.port}/ru/news/almaty` }, options))).toEqual({
      url: 'fetch_credentials',
    });
    expect(await validationFields(captureLink(db, editor, { url: `${site()}/to-metadata` }, options))).toEqual({ url: 'fetch_private_address' });
    expect(await validationFields(captureLink(db, editor, { url: `${site()}/report.pdf` }, options))).toEqual({ url: 'fetch_not_html' });
    expect(await validationFields(captureLink(db, editor, { url: `${site()}/missing` }, options))).toEqual({ url: 'fetch_http_status' });
    expect(db.select().from(intakeItems).all()).toHaveLength(0);
  });

  it('keeps the address guard on by default: the local server is refused without test options', async () => {
    const saved = process.env.MONITOR_ALLOW_PRIVATE;
    delete process.env.MONITOR_ALLOW_PRIVATE;
    try {
      expect(await validationFields(captureLink(db, editor, { url: `${server.origin}/ru/news/almaty` }))).toEqual({ url: 'fetch_private_address' });
    } finally {
      if (saved !== undefined) process.env.MONITOR_ALLOW_PRIVATE = saved;
    }
  });
});

describe('takePagePhoto', () => {
  afterEach(() => fs.rmSync(resolveDataPath('photos'), { recursive: true, force: true }));

  it('adds the og:image as a photo through the upload checks, credited to the outlet', async () => {
    const article = readyArticle(db, editor);
    const captured = await captureLink(db, editor, { url: `${site()}/ru/news/almaty` }, options);
    const photo = await takePagePhoto(db, editor, { articleId: article.id, itemId: captured.itemId }, options);
    expect(photo).toMatchObject({ articleId: article.id, creditEn: 'POLISIA.KZ', creditRu: 'POLISIA.KZ', width: 1120, height: 747 });
    expect(fs.existsSync(resolveDataPath(photo.printFile))).toBe(true);
    expect(listArticlePhotos(db, article.id).map((p) => p.id)).toEqual([photo.id]);
    const audit = db.select().from(auditLog).where(and(eq(auditLog.action, 'upload_photo'), eq(auditLog.entityId, String(photo.id)))).get()!;
    expect(audit.details).toMatchObject({ origin: captured.image });
  });

  it('takes an image over the fetcher default of 5 MiB but within the photo limit', async () => {
    const article = readyArticle(db, editor);
    const captured = await captureLink(db, editor, { url: `${site()}/with-big-image` }, options);
    const photo = await takePagePhoto(db, editor, { articleId: article.id, itemId: captured.itemId }, options);
    expect(photo).toMatchObject({ width: 600, height: 400 });
  });

  it('credits the host when the page belongs to no outlet', async () => {
    const article = readyArticle(db, editor);
    const captured = await captureLink(db, editor, { url: `${site()}/ru/news/almaty` }, options);
    db.update(intakeItems).set({ outletId: null }).where(eq(intakeItems.id, captured.itemId)).run();
    const photo = await takePagePhoto(db, editor, { articleId: article.id, itemId: captured.itemId }, options);
    expect(photo.creditEn).toBe(`polisia.kz`);
  });

  it('is refused to an editor who may not change the article, before the image is fetched', async () => {
    const article = readyArticle(db, editor);
    const captured = await captureLink(db, editor, { url: `${site()}/ru/news/almaty` }, options);
    const before = server.requests.length;
    await expect(takePagePhoto(db, editor2, { articleId: article.id, itemId: captured.itemId }, options)).rejects.toBeInstanceOf(ForbiddenError);
    expect(server.requests.length).toBe(before);
    expect(listArticlePhotos(db, article.id)).toHaveLength(0);
  });

  it('refuses bytes that are no image, an image over the photo limit, a private image address and a page without image', async () => {
    const article = readyArticle(db, editor);
    const item = async (path: string) => (await captureLink(db, editor, { url: `${site()}${path}` }, options)).itemId;
    const take = async (path: string) => validationFields(takePagePhoto(db, editor, { articleId: article.id, itemId: await item(path) }, options));
    expect(await take('/with-bad-image')).toEqual({ file: 'type' });
    expect(await take('/with-huge-image')).toEqual({ image: 'fetch_too_large' });
    expect(await take('/with-private-image')).toEqual({ image: 'fetch_private_address' });
    expect(await take('/no-image')).toEqual({ image: 'none' });
    expect(listArticlePhotos(db, article.id)).toHaveLength(0);
  });
});
