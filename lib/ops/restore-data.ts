import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { integrityCheck, knownMigrations, tableCounts } from './backup-database';
import { BackupError, DATABASE_COPY, FILES_DIR, isInside, mismatchedFiles, readManifest, type BackupManifest } from './backup-layout';

export interface RestoreOptions {
  /** A backup folder written by backupData. */
  from: string;
  databasePath: string;
  dataDir: string;
  /** Restore even if the data directory or the database is not empty; what was there is moved into DATA_DIR.before-restore-TIME, not deleted. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface RestoreResult {
  manifest: BackupManifest;
  files: number;
  /** Where the previous contents went (with force), if there were any. */
  movedAside: string[];
}

/** What lives in a fresh data directory and does not count as content. */
const PLACEHOLDERS = new Set(['.gitkeep']);

/**
 * Checks a backup completely before anything is put in place: every file's size and SHA-256 against
 * the manifest, `PRAGMA integrity_check` and the row counts of the database copy, and that this
 * version of the app knows its schema. Then copies the files (each under a temporary name, then
 * renamed) and the database last. Run it while the app is stopped.
 */
export function restoreData(options: RestoreOptions): RestoreResult {
  const log = options.log ?? (() => {});
  const from = path.resolve(options.from);
  const dataDir = path.resolve(options.dataDir);
  const databasePath = path.resolve(options.databasePath);
  const manifest = verifyBackup(from);
  log(`backup verified: ${manifest.files.length} files, database integrity ok, schema ${manifest.schemaVersion.tag}`);

  const targets = manifest.files.map((file) => {
    const relative = file.path.slice(FILES_DIR.length + 1);
    const target = path.join(dataDir, relative);
    if (!file.path.startsWith(`${FILES_DIR}/`) || !isInside(dataDir, target)) throw new BackupError(`The manifest lists a file outside the data directory: ${file.path}`);
    return { source: path.join(from, file.path), target };
  });

  const present = existingContent(dataDir, databasePath);
  const movedAside: string[] = [];
  if (present.length > 0) {
    if (!options.force)
      throw new BackupError(`Not empty: ${present.slice(0, 3).join(', ')}${present.length > 3 ? ', …' : ''}. Restore into an empty data directory, or pass --force to move what is there aside.`);
    const aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.mkdirSync(aside);
    for (const item of present) {
      let target = path.join(aside, path.basename(item));
      if (fs.existsSync(target)) target = path.join(aside, `database-${path.basename(item)}`);
      fs.renameSync(item, target);
      movedAside.push(target);
    }
    log(`moved what was there aside, into ${aside}`);
  }

  fs.mkdirSync(dataDir, { recursive: true });
  for (const { source, target } of targets) placeFile(source, target);
  fs.mkdirSync(path.dirname(databasePath), { recursive: true });
  placeFile(path.join(from, DATABASE_COPY), databasePath);
  const placed = mismatchedFiles(dataDir, manifest.files.map((f) => ({ ...f, path: f.path.slice(FILES_DIR.length + 1) })));
  if (placed.length > 0) throw new BackupError(`Files differ after copying: ${placed.slice(0, 5).join(', ')}`);
  return { manifest, files: targets.length, movedAside };
}

/** Everything a restore checks before it writes; returns the manifest, throws BackupError with the problems. */
export function verifyBackup(dir: string): BackupManifest {
  const manifest = readManifest(dir);
  const bad = mismatchedFiles(dir, [manifest.database, ...manifest.files]);
  if (bad.length > 0) throw new BackupError(`The backup does not match its manifest (${bad.length} file(s)): ${bad.slice(0, 5).join(', ')}`);
  const copy = new Database(path.join(dir, DATABASE_COPY), { readonly: true, fileMustExist: true });
  try {
    const integrity = integrityCheck(copy);
    if (integrity !== 'ok') throw new BackupError(`The database in the backup fails its integrity check: ${integrity}`);
    const counts = tableCounts(copy);
    const differing = Object.keys({ ...counts, ...manifest.tables }).filter((table) => counts[table] !== manifest.tables[table]);
    if (differing.length > 0) throw new BackupError(`Row counts differ from the manifest in: ${differing.join(', ')}`);
  } finally {
    copy.close();
  }
  const tag = manifest.schemaVersion.tag;
  if (tag !== null && !knownMigrations().some((m) => m.tag === tag))
    throw new BackupError(`The backup's schema (${tag}) is newer than this version of Release Desk knows: restore it with the version that made it.`);
  return manifest;
}

/** The database (and its WAL files) and the data directory's entries, if any. */
function existingContent(dataDir: string, databasePath: string): string[] {
  const found = ['', '-wal', '-shm', '-journal'].map((suffix) => databasePath + suffix).filter((file) => fs.existsSync(file));
  if (fs.existsSync(dataDir))
    for (const entry of fs.readdirSync(dataDir)) {
      const full = path.join(dataDir, entry);
      if (!PLACEHOLDERS.has(entry) && !found.includes(full)) found.push(full);
    }
  return found;
}

function placeFile(source: string, target: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.restore-${process.pid}.tmp`;
  fs.copyFileSync(source, temp);
  const fd = fs.openSync(temp, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
}
