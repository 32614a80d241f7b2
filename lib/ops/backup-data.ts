import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { integrityCheck, referencedFiles, schemaVersion, tableCounts } from './backup-database';
import { BackupError, DATABASE_COPY, describeFile, FILES_DIR, MANIFEST_FILE, MANIFEST_FORMAT, type BackupManifest, type ManifestFile } from './backup-layout';
import { listDataFiles } from './data-files';

export interface BackupOptions {
  databasePath: string;
  dataDir: string;
  /** The backup folder to create: it must not exist, or be empty. */
  out: string;
  /** Pages copied per step of SQLite's online backup; the event loop (and every writer) runs between steps. */
  pagesPerStep?: number;
  log?: (line: string) => void;
}

export interface BackupResult {
  dir: string;
  manifest: BackupManifest;
  /** Database copies taken (a photo deleted between the copy and the file copy makes another one). */
  attempts: number;
  /** Steps of the online backup in the last attempt, and how often it started over because a writer changed the database. */
  steps: number;
  restarts: number;
  warnings: string[];
}

const MAX_ATTEMPTS = 5;

/**
 * Takes a consistent backup while the app runs: first the database through SQLite's online backup
 * API (a few pages per step; in WAL mode readers never block writers), then every file of the data
 * directory. Files are written once under a temporary name and renamed, never changed in place, so
 * a copied file is whole; a file the database copy refers to but that is gone by the time it is copied
 * (a photo deleted meanwhile) makes the backup start over. Everything is written to DIR.partial-PID
 * and renamed to DIR at the end, with manifest.json last: a folder named DIR is a finished backup.
 */
export async function backupData(options: BackupOptions): Promise<BackupResult> {
  const log = options.log ?? (() => {});
  const out = path.resolve(options.out);
  const dataDir = path.resolve(options.dataDir);
  const databasePath = path.resolve(options.databasePath);
  if (!fs.existsSync(databasePath)) throw new BackupError(`The database ${databasePath} does not exist.`);
  if (fs.existsSync(out) && (!fs.statSync(out).isDirectory() || fs.readdirSync(out).length > 0))
    throw new BackupError(`${out} already exists and is not an empty folder: choose a new one.`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const work = `${out}.partial-${process.pid}`;

  const source = new Database(databasePath, { fileMustExist: true });
  source.pragma('busy_timeout = 5000');
  try {
    for (let attempt = 1; ; attempt += 1) {
      fs.rmSync(work, { recursive: true, force: true });
      fs.mkdirSync(path.join(work, path.dirname(DATABASE_COPY)), { recursive: true });
      const copyPath = path.join(work, DATABASE_COPY);
      const { steps, restarts } = await copyDatabase(source, copyPath, options.pagesPerStep ?? 100);
      log(`database copied (${steps} steps${restarts ? `, started over ${restarts}× because it changed` : ''})`);
      const facts = inspectCopy(copyPath);

      const files = copyDataFiles(dataDir, path.join(work, FILES_DIR), { databasePath, skip: [out, work] });
      const copied = new Map(files.map((f) => [f.path.slice(FILES_DIR.length + 1), f]));
      const missing = [...facts.referenced.keys()].filter((relative) => !copied.has(relative));
      if (missing.length > 0) {
        if (attempt >= MAX_ATTEMPTS) throw new BackupError(`Files the database refers to are missing from ${dataDir}: ${missing.slice(0, 5).join(', ')}`);
        log(`${missing.length} file(s) went away while copying (e.g. ${missing[0]}): taking the database copy again`);
        continue;
      }
      const warnings = [...facts.referenced]
        .filter(([relative, sha]) => sha !== null && copied.get(relative)!.sha256 !== sha)
        .map(([relative]) => `${relative}: its SHA-256 differs from the one the database recorded (the live file is damaged)`);
      for (const warning of warnings) log(`warning: ${warning}`);

      const manifest: BackupManifest = {
        format: MANIFEST_FORMAT,
        app: 'release-desk',
        createdAt: new Date().toISOString(),
        schemaVersion: facts.schemaVersion,
        tables: facts.tables,
        database: describeFile(work, DATABASE_COPY),
        files,
      };
      const manifestPath = path.join(work, MANIFEST_FILE);
      fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      fsyncFile(manifestPath);
      if (fs.existsSync(out)) fs.rmdirSync(out);
      fs.renameSync(work, out);
      return { dir: out, manifest, attempts: attempt, steps, restarts, warnings };
    }
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    throw error;
  } finally {
    source.close();
  }
}

/**
 * SQLite's online backup, `pagesPerStep` pages at a time. A write by another connection makes the
 * backup start over at its next step; after each start-over the steps grow (×4), so that a steady
 * stream of saves cannot keep it from finishing.
 */
async function copyDatabase(source: Database.Database, target: string, pagesPerStep: number): Promise<{ steps: number; restarts: number }> {
  let steps = 0;
  let restarts = 0;
  let rate = Math.max(1, pagesPerStep);
  let lastRemaining = Number.POSITIVE_INFINITY;
  await source.backup(target, {
    progress: ({ totalPages, remainingPages }) => {
      steps += 1;
      if (remainingPages > lastRemaining) {
        restarts += 1;
        rate = Math.min(totalPages, rate * 4);
      }
      lastRemaining = remainingPages;
      return rate;
    },
  });
  return { steps, restarts };
}

/** Checks the copy and reads what the manifest records; leaves it as a single file (no WAL). */
function inspectCopy(copyPath: string) {
  const copy = new Database(copyPath, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const integrity = integrityCheck(copy);
    if (integrity !== 'ok') throw new BackupError(`The database copy fails its integrity check: ${integrity}`);
    return { tables: tableCounts(copy), schemaVersion: schemaVersion(copy), referenced: referencedFiles(copy) };
  } finally {
    copy.close();
  }
}

/** Copies the data directory's files under target; returns them as manifest entries (paths relative to the backup folder). */
function copyDataFiles(dataDir: string, target: string, options: { databasePath: string; skip: string[] }): ManifestFile[] {
  const entries: ManifestFile[] = [];
  const backupRoot = path.dirname(target);
  for (const relative of listDataFiles(dataDir, options)) {
    const destination = path.join(target, relative);
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    try {
      fs.copyFileSync(path.join(dataDir, relative), destination, fs.constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // removed since it was listed
      throw error;
    }
    entries.push(describeFile(backupRoot, `${FILES_DIR}/${relative}`));
  }
  return entries;
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
