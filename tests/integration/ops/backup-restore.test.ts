import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as nextTick } from 'node:timers/promises';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/lib/db/client';
import { backupData } from '@/lib/ops/backup-data';
import { BackupError, MANIFEST_FILE } from '@/lib/ops/backup-layout';
import { integrityCheck } from '@/lib/ops/backup-database';
import { restoreData } from '@/lib/ops/restore-data';
import { createArticle } from '@/lib/services/create-article';
import { deletePhoto } from '@/lib/services/delete-photo';
import { findReleasePdf } from '@/lib/services/find-release-pdf';
import { publishIssue } from '@/lib/services/publish-issue';
import { saveArticle } from '@/lib/services/save-article';
import { uploadPhoto } from '@/lib/services/upload-photo';
import { assembledIssue, fakeRenderer, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';

let desk: DeskSetup;
const scratch: string[] = [];
beforeAll(async () => {
  desk = await setupDesk();
  scratch.push(desk.dir);
  // Some of every kind of file, so that each test has files to back up whatever runs first.
  const issue = assembledIssue(desk.db, desk.chief, [{ countryCode: 'TM' }]);
  await publishIssue(desk.db, desk.chief, { issueId: issue.issueId }, { render: fakeRenderer() });
  await uploadPhoto(desk.db, desk.editor, { articleId: draftArticle(desk.db).id, bytes: await jpeg(0) });
});
afterAll(() => {
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `release-desk-${name}-`));
  scratch.push(dir);
  return dir;
};

function jpeg(seed: number): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 200, channels: 3, background: { r: seed % 256, g: (seed * 7) % 256, b: 90 } } }).jpeg().toBuffer();
}

function draftArticle(db: Db) {
  return createArticle(db, desk.editor, { countryCode: 'KZ', eventDate: '2024-03-05' });
}

function save(db: Db, id: number, expectedVersion: number, title: string, body = `Body of ${title}.`) {
  return saveArticle(db, desk.editor, {
    id,
    expectedVersion,
    countryCode: 'KZ',
    eventDate: '2024-03-05',
    outlet: '',
    titleEn: title,
    titleRu: `Заголовок ${title}`,
    bodyEn: body,
    bodyRu: `Текст ${title}.`,
    digestEn: `digest ${title}`,
    digestRu: `сводка ${title}`,
    sources: [`https://news.example.org/${encodeURIComponent(title)}`],
  }).article;
}

/** A database with a few hundred KB of text, so that the online backup takes many steps. */
function bulkUp(db: Db, articlesToAdd: number) {
  for (let i = 0; i < articlesToAdd; i += 1) {
    const article = draftArticle(db);
    save(db, article.id, article.version, `bulk ${i}`, `Bulk text ${i}. ${'Lorem ipsum dolor sit amet. '.repeat(80)}`);
  }
}

function openCopy(file: string) {
  return new Database(file, { readonly: true, fileMustExist: true });
}

describe('backup and restore', () => {
  it('takes a consistent copy while saves, an upload, a photo deletion and a publication run, and restores it whole', async () => {
    const { db, chief } = desk;
    bulkUp(db, 120);
    // Committed before the backup starts: must all be in the restored copy.
    const before = assembledIssue(db, chief);
    await publishIssue(db, chief, { issueId: before.issueId }, { render: fakeRenderer() });
    const draft = draftArticle(db);
    let version = save(db, draft.id, draft.version, 'saved before the backup').version;
    const versionBefore = version;
    const keptPhoto = await uploadPhoto(db, desk.editor, { articleId: draft.id, bytes: await jpeg(1) });
    const doomedPhoto = await uploadPhoto(db, desk.editor, { articleId: draft.id, bytes: await jpeg(2) });
    const during = assembledIssue(db, chief, [{ countryCode: 'CN' }]);

    // Writers on their own connection (as the app's server would be), between the backup's steps.
    const writer = openDatabase(desk.dbPath, { migrate: false });
    let backingUp = true;
    const committedDuring: string[] = [];
    const titles = new Map<number, string>();
    // Made beforehand: on a loaded machine sharp could otherwise take longer than the whole backup.
    const photoDuring = await jpeg(3);
    const writers = (async () => {
      await nextTick();
      const upload = uploadPhoto(writer, desk.editor, { articleId: draft.id, bytes: photoDuring }).then(() => committedDuring.push('upload'));
      const publication = publishIssue(writer, chief, { issueId: during.issueId }, { render: fakeRenderer() }).then(() => committedDuring.push('publish'));
      let n = 0;
      while (backingUp) {
        n += 1;
        version = save(writer, draft.id, version, `save ${n}`).version;
        titles.set(version, `save ${n}`);
        committedDuring.push('save');
        if (n === 3) {
          deletePhoto(writer, desk.editor, { photoId: doomedPhoto.id });
          committedDuring.push('delete');
        }
        await nextTick();
      }
      await Promise.all([upload, publication]);
    })();

    const out = path.join(tempDir('backup'), 'b1');
    const result = await backupData({ databasePath: desk.dbPath, dataDir: desk.dir, out, pagesPerStep: 4 });
    const writesWhileBackingUp = committedDuring.length;
    backingUp = false;
    await writers;
    writer.$client.close();
    expect(result.steps).toBeGreaterThan(10);
    expect(writesWhileBackingUp).toBeGreaterThan(0);

    const target = tempDir('restore');
    const databasePath = path.join(target, 'release-desk.db');
    restoreData({ from: out, dataDir: target, databasePath });
    const restored = openCopy(databasePath);
    try {
      expect(integrityCheck(restored)).toBe('ok');
      // Everything committed before the backup started.
      const article = restored.prepare('select version, title_en as title from articles where id = ?').get(draft.id) as { version: number; title: string };
      expect(article.version).toBeGreaterThanOrEqual(versionBefore);
      // A save during the backup is there whole or not at all: the title is the one saved with that version.
      expect(article.title).toBe(article.version === versionBefore ? 'saved before the backup' : titles.get(article.version));
      const photoIds = restored.prepare('select id from photos where article_id = ?').pluck().all(draft.id) as number[];
      expect(photoIds).toContain(keptPhoto.id);
      const beforeFiles = restored.prepare('select lang from release_files where issue_id = ?').pluck().all(before.issueId);
      expect(beforeFiles.sort()).toEqual(['en', 'ru']);
      expect(restored.prepare('select status from issues where id = ?').pluck().get(before.issueId)).toBe('published');
      // The publication during the backup: all of it (issue, both files) or none.
      const duringStatus = restored.prepare('select status from issues where id = ?').pluck().get(during.issueId);
      const duringFiles = restored.prepare('select count(*) from release_files where issue_id = ?').pluck().get(during.issueId);
      expect([duringStatus, duringFiles]).toEqual(duringStatus === 'published' ? ['published', 2] : ['draft', 0]);
      // Every file the restored database refers to is there with the recorded checksum.
      for (const row of restored.prepare('select path, sha256 from release_files').all() as Array<{ path: string; sha256: string }>)
        expect(sha256(path.join(target, row.path))).toBe(row.sha256);
      for (const row of restored.prepare('select print_file as print, thumb_file as thumb, sha256 from photos').all() as Array<{ print: string; thumb: string; sha256: string }>) {
        expect(sha256(path.join(target, row.print))).toBe(row.sha256);
        expect(fs.existsSync(path.join(target, row.thumb))).toBe(true);
      }
      // Every restored file equals the live one of the same path (files are never changed in place).
      for (const file of result.manifest.files) {
        const relative = file.path.replace(/^files\//, '');
        expect(sha256(path.join(target, relative))).toBe(file.sha256);
        if (fs.existsSync(path.join(desk.dir, relative))) expect(sha256(path.join(desk.dir, relative))).toBe(file.sha256);
      }
      expect(result.manifest.tables.release_files).toBe(restored.prepare('select count(*) from release_files').pluck().get());
    } finally {
      restored.close();
    }

    // The restored app serves the same archive: the published PDF it finds is the file with the same checksum.
    const restoredDb = openDatabase(databasePath);
    const liveDataDir = process.env.DATA_DIR;
    try {
      process.env.DATA_DIR = target;
      const pdf = findReleasePdf(restoredDb, { year: before.year, number: before.number }, { lang: 'en', revision: null }, false);
      expect(pdf).not.toBeNull();
      const liveRow = db.$client.prepare("select sha256 from release_files where issue_id = ? and lang = 'en'").pluck().get(before.issueId);
      expect(pdf!.etag).toBe(`"${liveRow}"`);
      expect(sha256(pdf!.absolutePath)).toBe(liveRow);
    } finally {
      process.env.DATA_DIR = liveDataDir;
      restoredDb.$client.close();
    }
  }, 60_000);

  it('records the schema version, row counts and every file with its SHA-256, and leaves caches and temporary files out', async () => {
    const { db, dir, dbPath } = desk;
    fs.mkdirSync(path.join(dir, 'cache', 'previews'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'cache', 'previews', 'x.pdf'), 'cache');
    fs.mkdirSync(path.join(dir, 'releases'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'releases', '.r9-en.pdf.1-abcd.tmp'), 'half');
    const out = path.join(tempDir('backup'), 'b2');
    const { manifest } = await backupData({ databasePath: dbPath, dataDir: dir, out });
    const paths = manifest.files.map((f) => f.path);
    expect(paths.some((p) => p.includes('cache/') || p.endsWith('.tmp') || p.endsWith('.db'))).toBe(false);
    expect(paths.length).toBeGreaterThan(0);
    for (const file of manifest.files) expect(file).toEqual({ path: file.path, size: fs.statSync(path.join(out, file.path)).size, sha256: sha256(path.join(out, file.path)) });
    expect(manifest.schemaVersion.tag).toMatch(/^\d{4}_/);
    expect(manifest.tables.users).toBe(db.$client.prepare('select count(*) from users').pluck().get());
    expect(fs.readdirSync(path.dirname(out))).toEqual(['b2']); // no partial folder left
  });

  it('refuses a non-empty data directory unless forced, and then moves what was there aside', async () => {
    const out = path.join(tempDir('backup'), 'b3');
    await backupData({ databasePath: desk.dbPath, dataDir: desk.dir, out });
    const target = tempDir('restore');
    const databasePath = path.join(target, 'release-desk.db');
    fs.writeFileSync(path.join(target, 'keep-me.txt'), 'mine');
    expect(() => restoreData({ from: out, dataDir: target, databasePath })).toThrow(/Not empty.*--force/);
    expect(fs.readdirSync(target)).toEqual(['keep-me.txt']);
    const result = restoreData({ from: out, dataDir: target, databasePath, force: true });
    expect(result.movedAside).toHaveLength(1);
    expect(fs.readFileSync(result.movedAside[0]!, 'utf8')).toBe('mine');
    scratch.push(path.dirname(result.movedAside[0]!));
    expect(fs.existsSync(databasePath)).toBe(true);
  });

  it('refuses a backup whose file or database does not match the manifest, and writes nothing', async () => {
    const out = path.join(tempDir('backup'), 'b4');
    const { manifest } = await backupData({ databasePath: desk.dbPath, dataDir: desk.dir, out });
    const target = tempDir('restore');
    const databasePath = path.join(target, 'release-desk.db');
    const victim = path.join(out, manifest.files[0]!.path);
    const bytes = fs.readFileSync(victim);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
    fs.writeFileSync(victim, bytes);
    expect(() => restoreData({ from: out, dataDir: target, databasePath })).toThrow(/SHA-256 differs/);
    expect(fs.readdirSync(target)).toEqual([]);

    const out2 = path.join(tempDir('backup'), 'b5');
    await backupData({ databasePath: desk.dbPath, dataDir: desk.dir, out: out2 });
    const edited = JSON.parse(fs.readFileSync(path.join(out2, MANIFEST_FILE), 'utf8'));
    edited.tables.users += 1;
    fs.writeFileSync(path.join(out2, MANIFEST_FILE), JSON.stringify(edited));
    expect(() => restoreData({ from: out2, dataDir: target, databasePath })).toThrow(/Row counts differ.*users/);
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it('refuses to write into an existing non-empty folder', async () => {
    const out = tempDir('backup');
    fs.writeFileSync(path.join(out, 'x'), 'x');
    await expect(backupData({ databasePath: desk.dbPath, dataDir: desk.dir, out })).rejects.toThrow(BackupError);
  });
});
