import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { MIGRATIONS_FOLDER } from '@/lib/db/client';

/** `PRAGMA integrity_check`: 'ok' or the problems SQLite found. */
export function integrityCheck(sqlite: Database.Database): string {
  const rows = sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>;
  return rows.map((r) => r.integrity_check).join('; ');
}

/** Rows per table (every table, the migrations journal included), by name. */
export function tableCounts(sqlite: Database.Database): Record<string, number> {
  const names = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(names.map((name) => [name, sqlite.prepare(`select count(*) from "${name.replaceAll('"', '""')}"`).pluck().get() as number]));
}

/** The last drizzle migration applied (its tag from drizzle/meta/_journal.json), and how many were applied. */
export function schemaVersion(sqlite: Database.Database): { tag: string | null; migrations: number } {
  const hasTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!hasTable) return { tag: null, migrations: 0 };
  const last = sqlite.prepare('select created_at as at, (select count(*) from __drizzle_migrations) as n from __drizzle_migrations order by created_at desc limit 1').get() as
    | { at: number; n: number }
    | undefined;
  if (!last) return { tag: null, migrations: 0 };
  return { tag: knownMigrations().find((m) => m.when === Number(last.at))?.tag ?? `unknown (${last.at})`, migrations: last.n };
}

/** The migrations this version of the app knows, oldest first. */
export function knownMigrations(): Array<{ tag: string; when: number }> {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ tag: string; when: number }> };
  return journal.entries;
}

/** The files the database refers to (relative to the data directory), with the SHA-256 it recorded where it has one. */
export function referencedFiles(sqlite: Database.Database): Map<string, string | null> {
  const files = new Map<string, string | null>();
  for (const row of sqlite.prepare('select print_file as print, thumb_file as thumb, sha256 from photos').all() as Array<{ print: string; thumb: string; sha256: string }>) {
    files.set(row.print, row.sha256);
    files.set(row.thumb, null);
  }
  for (const row of sqlite.prepare('select path, sha256 from release_files').all() as Array<{ path: string; sha256: string }>) files.set(row.path, row.sha256);
  return files;
}
