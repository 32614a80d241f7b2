import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { resolveDataPath } from './data-dir';

/** Where a new photo of an article goes, relative to the data directory. */
export function newPhotoPaths(articleId: number): { print: string; thumb: string } {
  const id = crypto.randomUUID();
  const dir = path.posix.join('photos', String(articleId));
  return { print: path.posix.join(dir, `${id}.jpg`), thumb: path.posix.join(dir, `${id}-thumb.jpg`) };
}

/**
 * A file being written: first under a temporary name next to its final place, then renamed, so
 * that a reader never sees half a file. `discard` removes whichever of the two exists.
 */
export interface PendingFile {
  relative: string;
  commit(): void;
  discard(): void;
}

export function writePendingFile(relative: string, bytes: Uint8Array): PendingFile {
  const final = resolveDataPath(relative);
  fs.mkdirSync(path.dirname(final), { recursive: true });
  const temp = `${final}.${crypto.randomUUID()}.tmp`;
  fs.writeFileSync(temp, bytes, { flag: 'wx' });
  let committed = false;
  return {
    relative,
    commit() {
      fs.renameSync(temp, final);
      committed = true;
    },
    discard() {
      removeQuietly(committed ? final : temp);
    },
  };
}

/**
 * Removes stored files (paths relative to the data directory) and their folder once empty; returns
 * how many were removed. Runs after a commit, so a failure is logged, never thrown.
 */
export function removeStoredFiles(relatives: string[]): number {
  let removed = 0;
  for (const relative of relatives) if (removeQuietly(resolveDataPath(relative))) removed += 1;
  for (const dir of new Set(relatives.map((r) => path.dirname(resolveDataPath(r))))) {
    try {
      fs.rmdirSync(dir);
    } catch {
      // not empty, or already gone
    }
  }
  return removed;
}

export function readStoredFile(relative: string): Buffer {
  return fs.readFileSync(resolveDataPath(relative));
}

function removeQuietly(file: string): boolean {
  try {
    fs.unlinkSync(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.error(`Could not remove ${file}:`, error);
    return false;
  }
}
