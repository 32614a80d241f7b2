import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/db/client';

/**
 * Everything a request could have changed: every row of every table, and every file under the data
 * directory (the database's own files aside) with its content hash. Two snapshots are equal exactly
 * when nothing was written.
 */
export function snapshotWorld(db: Db, dataDir: string): { tables: Record<string, unknown[]>; files: Record<string, string> } {
  const names = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as Array<{ name: string }>;
  const rows = (name: string) => {
    try {
      return db.$client.prepare(`select * from "${name}" order by rowid`).all();
    } catch {
      return db.$client.prepare(`select * from "${name}"`).all(); // a table without rowid
    }
  };
  const tables = Object.fromEntries(names.map(({ name }) => [name, rows(name)]));
  const files: Record<string, string> = {};
  const databaseFile = path.basename(db.$client.name);
  for (const entry of fs.readdirSync(dataDir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (!entry.isFile() || entry.name.startsWith(databaseFile)) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dataDir, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return { tables, files };
}
