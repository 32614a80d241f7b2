import fs from 'node:fs';
import path from 'node:path';

/** Folders under the data directory that hold only what can be made again (rendered previews). */
const CACHE_DIRS = ['cache'];
/** Files being written end in .tmp (photos and editions are written under a temporary name, then renamed). */
const TEMP = /\.tmp$/;
const DATABASE_SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/**
 * The files the app keeps under its data directory (photos, releases, covers, the local secret…),
 * relative with forward slashes and sorted: everything except caches, temporary files, the database
 * (copied through SQLite's backup API instead) and any path listed in `skip` (e.g. a backup folder
 * inside the data directory).
 */
export function listDataFiles(root: string, options: { databasePath?: string; skip?: string[] } = {}): string[] {
  if (!fs.existsSync(root)) return [];
  const database = options.databasePath ? path.resolve(options.databasePath) : undefined;
  const excluded = new Set([...(database ? DATABASE_SIDE_FILES.map((suffix) => database + suffix) : []), ...(options.skip ?? []).map((p) => path.resolve(p))]);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (excluded.has(full)) continue;
      const relative = path.relative(root, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (!CACHE_DIRS.includes(relative)) walk(full);
      } else if (entry.isFile() && !TEMP.test(entry.name)) out.push(relative);
    }
  };
  walk(path.resolve(root));
  return out.sort();
}
