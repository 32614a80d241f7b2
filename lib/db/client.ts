import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { registerStemFunction } from './search-function';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle');

export function defaultDatabasePath(): string {
  return process.env.DATABASE_PATH || path.join(process.cwd(), 'data', 'release-desk.db');
}

/** Opens (creating if needed) the SQLite file with the pragmas the app relies on, and migrates it. */
export function openDatabase(file: string = defaultDatabasePath(), options: { migrate?: boolean } = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  registerStemFunction(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  if (options.migrate !== false) migrateDatabase(db);
  return db;
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** A fresh, migrated in-memory database, for tests. */
export function openMemoryDatabase(): Db {
  return openDatabase(':memory:');
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Queries accept the database or a transaction. */
export type DbOrTx = Db | Tx;
