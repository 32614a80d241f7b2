import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { coverThumbnailPath } from '@/lib/media/cover-thumbnail';

/** What the server answered ok to, so it must survive any crash after the answer. */
export interface SoakLedger {
  /** Article id → the last save answered ok (version and title). */
  saves: Map<number, { version: number; titleEn: string }>;
  /** Photo id → article id, for uploads answered 201. */
  uploads: Map<number, number>;
  /** Issue id → revision, for publications answered ok. */
  publications: Map<number, number>;
}

export function emptyLedger(): SoakLedger {
  return { saves: new Map(), uploads: new Map(), publications: new Map() };
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * The invariants after a crash and restart (the start-up sweep has run), read straight from the
 * database file and the data directory: a list of violations, empty when all hold.
 */
export function checkAfterRestart(databasePath: string, dataDir: string, ledger: SoakLedger): { violations: string[]; orphanPhotoFiles: number } {
  const violations: string[] = [];
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
    if (integrity !== 'ok') violations.push(`integrity_check: ${integrity}`);

    // No issue half-published: a published issue has both editions of its revision and only published
    // articles; a draft has no file and no published article.
    const issues = db.prepare('select id, status, revision from issues').all() as Array<{ id: number; status: string; revision: number }>;
    const filesOf = db.prepare('select revision, lang from release_files where issue_id = ?');
    const articleStates = db.prepare('select a.status from issue_articles ia join articles a on a.id = ia.article_id where ia.issue_id = ?').pluck();
    for (const issue of issues) {
      const files = filesOf.all(issue.id) as Array<{ revision: number; lang: string }>;
      const states = articleStates.all(issue.id) as string[];
      if (issue.status === 'draft') {
        if (files.length > 0) violations.push(`issue ${issue.id} is a draft but has ${files.length} release file row(s)`);
        if (states.includes('published')) violations.push(`issue ${issue.id} is a draft but has published articles`);
      } else if (issue.status === 'published') {
        const langs = files.filter((f) => f.revision === issue.revision).map((f) => f.lang).sort();
        if (langs.join() !== 'en,ru') violations.push(`issue ${issue.id} is published (r${issue.revision}) with editions [${langs.join(', ')}]`);
        if (states.some((s) => s !== 'published')) violations.push(`issue ${issue.id} is published but has articles in ${[...new Set(states)].join(', ')}`);
      }
    }

    // Every release_files row has its file with the recorded SHA-256; no file is left that no publication owns.
    const rows = db.prepare('select path, sha256 from release_files').all() as Array<{ path: string; sha256: string }>;
    const owned = new Set<string>();
    for (const row of rows) {
      owned.add(row.path).add(coverThumbnailPath(row.path));
      const file = path.join(dataDir, row.path);
      if (!fs.existsSync(file)) violations.push(`release file missing: ${row.path}`);
      else if (sha256(file) !== row.sha256) violations.push(`release file ${row.path}: SHA-256 differs from the recorded one`);
    }
    for (const relative of listFiles(dataDir, 'releases')) if (!owned.has(relative)) violations.push(`file no publication owns: ${relative}`);

    // Every answered save, upload and publication is still there.
    const article = db.prepare('select version, title_en as titleEn from articles where id = ?');
    for (const [id, acked] of ledger.saves) {
      const row = article.get(id) as { version: number; titleEn: string } | undefined;
      if (!row || row.version < acked.version) violations.push(`save of article ${id} v${acked.version} was answered ok but the article is at v${row?.version}`);
      else if (row.version === acked.version && row.titleEn !== acked.titleEn) violations.push(`article ${id} v${acked.version} holds "${row.titleEn}", not the saved "${acked.titleEn}"`);
    }
    const photo = db.prepare('select print_file as print, thumb_file as thumb, sha256 from photos where id = ?');
    for (const [id] of ledger.uploads) {
      const row = photo.get(id) as { print: string; thumb: string; sha256: string } | undefined;
      if (!row) violations.push(`photo ${id} was answered 201 but is gone`);
      else if (!fs.existsSync(path.join(dataDir, row.print)) || sha256(path.join(dataDir, row.print)) !== row.sha256 || !fs.existsSync(path.join(dataDir, row.thumb)))
        violations.push(`photo ${id}: its files are missing or differ`);
    }
    const issueRow = db.prepare('select status, revision from issues where id = ?');
    for (const [id, revision] of ledger.publications) {
      const row = issueRow.get(id) as { status: string; revision: number } | undefined;
      if (!row || row.status !== 'published' || row.revision < revision) violations.push(`issue ${id} r${revision} was answered published but is ${row?.status} r${row?.revision}`);
    }

    const photoFiles = new Set(
      (db.prepare('select print_file as print, thumb_file as thumb from photos').all() as Array<{ print: string; thumb: string }>).flatMap((r) => [r.print, r.thumb]),
    );
    const orphanPhotoFiles = listFiles(dataDir, 'photos').filter((f) => !photoFiles.has(f)).length;
    return { violations, orphanPhotoFiles };
  } finally {
    db.close();
  }
}

function listFiles(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return (fs.readdirSync(abs, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
