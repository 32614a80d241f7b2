import fs from 'node:fs';
import path from 'node:path';
import type { DbOrTx } from '@/lib/db/client';
import { allReleaseFilePaths } from '@/lib/db/queries/issue-desk';
import { dataDir } from '@/lib/media/data-dir';
import { TEMP_SUFFIX } from './rendering/atomic-file';
import { PREVIEW_CACHE } from './rendering/preview-cache';

export const RELEASES_DIR = 'releases';

/**
 * Run at start-up, before anything publishes: removes what an interrupted publication left behind,
 * i.e. temporary files, and edition files that no release_files row refers to (a publication that
 * died before its transaction committed). Files of committed publications are never touched.
 */
export function sweepReleaseFiles(db: DbOrTx): { removed: string[] } {
  const root = dataDir();
  const referenced = allReleaseFilePaths(db);
  const removed: string[] = [];
  for (const rel of listFiles(root, RELEASES_DIR)) {
    const isTemp = path.basename(rel).endsWith(TEMP_SUFFIX);
    if (isTemp || !referenced.has(rel)) {
      fs.rmSync(path.join(root, rel), { force: true });
      removed.push(rel);
    }
  }
  for (const rel of listFiles(root, PREVIEW_CACHE)) {
    if (path.basename(rel).endsWith(TEMP_SUFFIX)) {
      fs.rmSync(path.join(root, rel), { force: true });
      removed.push(rel);
    }
  }
  return { removed };
}

/** Files under root/dir, as paths relative to root with forward slashes. */
function listFiles(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return (fs.readdirSync(abs, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
