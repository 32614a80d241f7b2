import path from 'node:path';

/** Where the app keeps its files (photos, releases): DATA_DIR, default ./data. */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR || path.join(process.cwd(), 'data'));
}

/** Resolves a stored relative path inside the data directory, refusing anything that escapes it. */
export function resolveDataPath(relative: string): string {
  const root = dataDir();
  const full = path.resolve(root, relative);
  if (full !== root && !full.startsWith(root + path.sep)) throw new Error(`Path outside the data directory: ${relative}`);
  return full;
}
