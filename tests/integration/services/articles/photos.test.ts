import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { photos } from '@/lib/db/schema';
import type { Actor } from '@/lib/services/actor';
import { uploadPhoto } from '@/lib/services/upload-photo';
import { updatePhoto } from '@/lib/services/update-photo';
import { reorderPhotos } from '@/lib/services/reorder-photos';
import { deletePhoto } from '@/lib/services/delete-photo';
import { deleteArticle } from '@/lib/services/delete-article';
import { transitionArticle } from '@/lib/services/transition-article';
import { ForbiddenError, ValidationError } from '@/lib/services/errors';
import { listArticlePhotos } from '@/lib/db/queries/articles';
import { resolveDataPath } from '@/lib/media/data-dir';
import { PRINT_MAX_SIDE, THUMB_MAX_SIDE } from '@/lib/media/process-photo';
import { articleTestDb, auditActions, readyArticle } from './setup';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-desk-photos-'));
process.env.DATA_DIR = dataDir;
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

let db: Db;
let editor: Actor;
let editor2: Actor;
let chief: Actor;
let articleId: number;

beforeEach(() => {
  ({ db, editor, editor2, chief } = articleTestDb());
  fs.rmSync(path.join(dataDir, 'photos'), { recursive: true, force: true });
  articleId = readyArticle(db, editor).id;
});

/** Every file under the data directory's photos folder, temporary ones included. */
function storedFiles(): string[] {
  const root = path.join(dataDir, 'photos');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
}

const halves = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#ff0000' } }).composite([
    { input: { create: { width: width / 2, height, channels: 3, background: '#0000ff' } }, left: width / 2, top: 0 },
  ]);

async function cameraJpeg(): Promise<Buffer> {
  return halves(1200, 800)
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: 'Camera', Copyright: 'Someone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1' } })
    .toBuffer();
}

/** A PNG whose header claims 20000×20000 pixels (400 megapixels) in a few dozen bytes. */
function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20000, 0);
  ihdr.writeUInt32BE(20000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const row = Buffer.alloc(20001);
  const idat = zlib.deflateSync(Buffer.concat(Array.from({ length: 64 }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

async function expectRefused(bytes: Uint8Array, problem: string) {
  await expect(uploadPhoto(db, editor, { articleId, bytes })).rejects.toSatisfy(
    (e: unknown) => e instanceof ValidationError && e.fields.file === problem,
  );
  expect(db.select().from(photos).all()).toEqual([]);
  expect(storedFiles()).toEqual([]);
  expect(db.$client.prepare("select count(*) as n from audit_log where action = 'upload_photo'").get()).toEqual({ n: 0 });
}

describe('photo upload', () => {
  it('stores an upright print image and a thumbnail without EXIF or GPS, with row and audit', async () => {
    const original = await cameraJpeg();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const row = await uploadPhoto(db, editor, { articleId, bytes: original, captionEn: ' Seized drugs ', creditRu: 'МВД' });
    expect(row).toMatchObject({ articleId, position: 0, captionEn: 'Seized drugs', creditRu: 'МВД' });
    // Print size: never enlarged, long side within the print limit, proportions kept.
    expect(Math.max(row.width, row.height)).toBe(Math.min(1200, PRINT_MAX_SIDE));
    expect(row.width / row.height).toBeCloseTo(1.5, 1);
    expect(row.printFile).toMatch(new RegExp(`^photos/${articleId}/[0-9a-f-]{36}\\.jpg$`));
    expect(row.thumbFile).toBe(row.printFile.replace(/\.jpg$/, '-thumb.jpg'));
    const print = fs.readFileSync(resolveDataPath(row.printFile));
    const thumb = fs.readFileSync(resolveDataPath(row.thumbFile));
    expect(row.bytes).toBe(print.length);
    expect(await sharp(print).metadata()).toMatchObject({ width: row.width, height: row.height });
    for (const file of [print, thumb]) {
      const meta = await sharp(file).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(file.includes(Buffer.from('Camera'))).toBe(false);
    }
    expect((await sharp(thumb).metadata()).width).toBe(THUMB_MAX_SIDE);
    expect(storedFiles().sort()).toEqual([path.basename(row.printFile), path.basename(row.thumbFile)].sort());
    expect(auditActions(db, row.id, 'photo')).toEqual(['upload_photo']);
  });

  it('turns a photo upright according to its EXIF orientation', async () => {
    // Stored sideways: red left, blue right; orientation 6 means "rotate 90° clockwise to view".
    const sideways = await halves(200, 100).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const row = await uploadPhoto(db, editor, { articleId, bytes: sideways });
    expect([row.width, row.height]).toEqual([100, 200]);
    const stored = sharp(fs.readFileSync(resolveDataPath(row.printFile)));
    expect((await stored.metadata()).orientation).toBeUndefined();
    const { data, info } = await stored.raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    const [topR, , topB] = pixel(50, 20);
    const [bottomR, , bottomB] = pixel(50, 180);
    expect(topR).toBeGreaterThan(200);
    expect(topB).toBeLessThan(60);
    expect(bottomB).toBeGreaterThan(200);
    expect(bottomR).toBeLessThan(60);
  });

  it('accepts PNG and WebP and re-encodes them as JPEG', async () => {
    const png = await halves(300, 200).png().toBuffer();
    const webp = await halves(300, 200).webp().toBuffer();
    const a = await uploadPhoto(db, editor, { articleId, bytes: png });
    const b = await uploadPhoto(db, editor, { articleId, bytes: webp });
    expect([a.position, b.position]).toEqual([0, 1]);
    expect((await sharp(resolveDataPath(b.printFile)).metadata()).format).toBe('jpeg');
  });

  it('refuses an HTML page renamed .jpg', async () => {
    await expectRefused(Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), 'type');
  });

  it('refuses SVG', async () => {
    await expectRefused(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'), 'type');
  });

  it('refuses a GIF (a real image, but not one of ours)', async () => {
    await expectRefused(await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).gif().toBuffer(), 'type');
  });

  it('refuses a truncated JPEG', async () => {
    const whole = await cameraJpeg();
    await expectRefused(whole.subarray(0, Math.floor(whole.length / 2)), 'corrupt');
  });

  it('refuses an empty file', async () => {
    await expectRefused(new Uint8Array(0), 'empty');
  });

  it('refuses a 20000×20000 pixel bomb before decoding it', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(10_000);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ width: 20000, height: 20000 });
    await expectRefused(bomb, 'too_many_pixels');
  });

  it('refuses a file over 25 MB', async () => {
    const big = Buffer.alloc(25 * 1024 * 1024 + 1);
    (await cameraJpeg()).copy(big);
    await expectRefused(big, 'too_large');
  });

  it('leaves no file behind when the database refuses the row', async () => {
    db.$client.exec(`create trigger fail_photos before insert on photos begin select raise(abort, 'disk full'); end`);
    await expect(uploadPhoto(db, editor, { articleId, bytes: await cameraJpeg() })).rejects.toThrow(/disk full/);
    expect(storedFiles()).toEqual([]);
  });

  it('refuses uploads to an article the user may not change', async () => {
    transitionArticle(db, editor, { id: articleId, transition: 'submit' });
    await expect(uploadPhoto(db, editor, { articleId, bytes: await cameraJpeg() })).rejects.toThrow(ForbiddenError);
    expect(storedFiles()).toEqual([]);
  });
});

describe('photo captions, order and deletion', () => {
  it('updates captions, reorders, deletes with files, each with an audit row', async () => {
    const bytes = await cameraJpeg();
    const a = await uploadPhoto(db, editor, { articleId, bytes });
    const b = await uploadPhoto(db, editor, { articleId, bytes });
    const c = await uploadPhoto(db, editor, { articleId, bytes });

    // Another editor may not touch the author's photos (the chief editor may).
    expect(() => updatePhoto(db, editor2, { photoId: b.id, captionEn: 'Car', captionRu: 'Машина', creditEn: 'Police', creditRu: 'Полиция' })).toThrow(
      expect.objectContaining({ reason: 'not_author' }),
    );
    expect(updatePhoto(db, chief, { photoId: b.id, captionEn: 'Car', captionRu: 'Машина', creditEn: 'Police', creditRu: 'Полиция' })).toMatchObject({
      captionRu: 'Машина',
      creditEn: 'Police',
    });
    expect(reorderPhotos(db, editor, { articleId, photoIds: [c.id, a.id, b.id] }).map((p) => [p.id, p.position])).toEqual([
      [c.id, 0],
      [a.id, 1],
      [b.id, 2],
    ]);
    expect(() => reorderPhotos(db, editor, { articleId, photoIds: [c.id, a.id] })).toThrow(ValidationError);
    expect(() => reorderPhotos(db, editor, { articleId, photoIds: [c.id, a.id, a.id] })).toThrow(ValidationError);

    deletePhoto(db, editor, { photoId: a.id });
    expect(listArticlePhotos(db, articleId).map((p) => [p.id, p.position])).toEqual([
      [c.id, 0],
      [b.id, 1],
    ]);
    expect(fs.existsSync(resolveDataPath(a.printFile))).toBe(false);
    expect(fs.existsSync(resolveDataPath(a.thumbFile))).toBe(false);
    expect(storedFiles()).toHaveLength(4);
    expect(auditActions(db, articleId)).toContain('reorder_photos');
    expect(auditActions(db, b.id, 'photo')).toEqual(['upload_photo', 'update_photo']);
    expect(auditActions(db, a.id, 'photo')).toEqual(['upload_photo', 'delete_photo']);
  });

  it('keeps photos of an article in review from editors, not from the chief', async () => {
    const p = await uploadPhoto(db, editor, { articleId, bytes: await cameraJpeg() });
    transitionArticle(db, editor, { id: articleId, transition: 'submit' });
    expect(() => updatePhoto(db, editor, { photoId: p.id, captionEn: 'x' })).toThrow(ForbiddenError);
    expect(() => deletePhoto(db, editor, { photoId: p.id })).toThrow(ForbiddenError);
    expect(updatePhoto(db, chief, { photoId: p.id, captionEn: 'x' }).captionEn).toBe('x');
  });
});

describe('article deletion', () => {
  it('lets an editor delete only own drafts, removing photo files after the commit', async () => {
    const p = await uploadPhoto(db, editor, { articleId, bytes: await cameraJpeg() });
    expect(() => deleteArticle(db, editor2, { id: articleId })).toThrow(expect.objectContaining({ reason: 'role' }));
    expect(fs.existsSync(resolveDataPath(p.printFile))).toBe(true);
    expect(deleteArticle(db, editor, { id: articleId })).toEqual({ removedFiles: 2 });
    expect(storedFiles()).toEqual([]);
    expect(db.select().from(photos).all()).toEqual([]);
    expect(auditActions(db, articleId).at(-1)).toBe('delete_article');
  });

  it('refuses deleting approved articles, even for the chief', () => {
    transitionArticle(db, editor, { id: articleId, transition: 'submit' });
    expect(() => deleteArticle(db, editor, { id: articleId })).toThrow(ForbiddenError);
    transitionArticle(db, chief, { id: articleId, transition: 'approve' });
    expect(() => deleteArticle(db, chief, { id: articleId })).toThrow(expect.objectContaining({ reason: 'state' }));
  });
});
