import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Temporary files end in .tmp; a sweep may remove any it finds once no writer runs. */
export const TEMP_SUFFIX = '.tmp';

export function tempPathFor(finalPath: string): string {
  const dir = path.dirname(finalPath);
  return path.join(dir, `.${path.basename(finalPath)}.${process.pid}-${crypto.randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

/** Writes the bytes to a new temporary file next to `finalPath` and flushes them to disk. */
export function writeTempFile(finalPath: string, bytes: Uint8Array): string {
  fs.mkdirSync(path.dirname(finalPath), { recursive: true });
  const temp = tempPathFor(finalPath);
  const fd = fs.openSync(temp, 'wx', 0o644);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return temp;
}

/** Makes a rename durable: the directory entry itself is flushed. */
export function fsyncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export class FileExistsError extends Error {
  constructor(readonly filePath: string) {
    super(`${filePath} exists already; published files are never overwritten.`);
    this.name = 'FileExistsError';
  }
}

/**
 * Gives the temporary file its final name without ever replacing an existing file: a hard link
 * fails when the name is taken (rename would silently overwrite). Then the temporary name goes.
 */
export function moveIntoPlace(temp: string, finalPath: string): void {
  try {
    fs.linkSync(temp, finalPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(finalPath);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    // A file system without hard links: check, then rename (the publish lock keeps others out).
    if (fs.existsSync(finalPath)) throw new FileExistsError(finalPath);
    fs.renameSync(temp, finalPath);
    fsyncDirectory(path.dirname(finalPath));
    return;
  }
  fs.unlinkSync(temp);
  fsyncDirectory(path.dirname(finalPath));
}

/** Overwriting atomic write (caches): temporary file, fsync, rename, fsync of the directory. */
export function writeFileAtomic(finalPath: string, bytes: Uint8Array): void {
  const temp = writeTempFile(finalPath, bytes);
  try {
    fs.renameSync(temp, finalPath);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectory(path.dirname(finalPath));
}
