import fs from 'node:fs';
import path from 'node:path';
import type { DbOrTx } from '@/lib/db/client';
import { allReleaseFilePaths } from '@/lib/db/queries/issue-desk';
import { allPublishedPhotoFiles } from '@/lib/db/queries/release-texts';
import { coverThumbnailPath } from '@/lib/media/cover-thumbnail';
import { dataDir } from '@/lib/media/data-dir';
import { TEMP_SUFFIX } from './rendering/atomic-file';
import { PREVIEW_CACHE } from './rendering/preview-cache';

export const RELEASES_DIR = 'releases';

/**
 * Run at start-up, before anything publishes: removes what an interrupted publication left behind,
 * i.e. temporary files, and files under releases/ that no committed publication owns (one that died
 * before its transaction committed). A publication owns its edition files, their cover thumbnails and
 * the photo copies its stored text names; those are never touched.
 */
export function sweepReleaseFiles(db: DbOrTx): { removed: string[] } {
  const root = dataDir();
  const referenced = publicationFiles(db);
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

function publicationFiles(db: DbOrTx): Set<string> {
  const owned = new Set(allPublishedPhotoFiles(db));
  for (const pdf of allReleaseFilePaths(db)) {
    owned.add(pdf);
    owned.add(coverThumbnailPath(pdf));
  }
  return owned;
}

/** Files under root/dir, as paths relative to root with forward slashes. */
function listFiles(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return (fs.readdirSync(abs, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
