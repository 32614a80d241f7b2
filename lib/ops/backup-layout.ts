import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A backup is a folder: manifest.json, the database copy and the data directory's files.
 *   DIR/manifest.json
 *   DIR/database/release-desk.db
 *   DIR/files/photos/…, DIR/files/releases/…
 */
export const MANIFEST_FILE = 'manifest.json';
export const DATABASE_COPY = 'database/release-desk.db';
export const FILES_DIR = 'files';
export const MANIFEST_FORMAT = 1;

export interface ManifestFile {
  /** Relative to the backup folder, with forward slashes. */
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof MANIFEST_FORMAT;
  app: 'release-desk';
  createdAt: string;
  /** The last drizzle migration applied to the copied database. */
  schemaVersion: { tag: string | null; migrations: number };
  /** Rows per table in the copied database. */
  tables: Record<string, number>;
  database: ManifestFile;
  /** The data directory's files (photos, releases, …), without caches and temporary files. */
  files: ManifestFile[];
}

export function sha256File(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    let read: number;
    while ((read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

export function describeFile(root: string, relative: string): ManifestFile {
  const full = path.join(root, relative);
  return { path: relative, size: fs.statSync(full).size, sha256: sha256File(full) };
}

/** The manifest's files whose size or SHA-256 differ from what is on disk under root (missing ones included). */
export function mismatchedFiles(root: string, files: ManifestFile[]): string[] {
  const bad: string[] = [];
  for (const file of files) {
    const full = path.join(root, file.path);
    if (!isInside(root, full) || !fs.existsSync(full)) bad.push(`${file.path}: missing`);
    else if (fs.statSync(full).size !== file.size) bad.push(`${file.path}: size differs`);
    else if (sha256File(full) !== file.sha256) bad.push(`${file.path}: SHA-256 differs`);
  }
  return bad;
}

export function isInside(root: string, full: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(full));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new BackupError(`${file} not found: not a Release Desk backup (or an unfinished one).`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
  } catch {
    throw new BackupError(`${file} is not valid JSON.`);
  }
  if (manifest.app !== 'release-desk' || manifest.format !== MANIFEST_FORMAT || !manifest.database || !Array.isArray(manifest.files))
    throw new BackupError(`${file} is not a Release Desk backup manifest (format ${MANIFEST_FORMAT}).`);
  return manifest;
}

/** A refusal or failure with a message meant for the operator. */
export class BackupError extends Error {
  override name = 'BackupError';
}
