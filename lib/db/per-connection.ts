import type Database from 'better-sqlite3';
import type { Db } from './client';

/**
 * What is kept with a connection: statements prepared once, and values derived from tables that
 * rarely change (the countries). Kept on the Db object rather than in module variables: Next bundles
 * pages and server actions into separate module instances that share only the connection (see
 * instance.ts), and a service clearing a value must clear the one the pages read.
 */
const KEPT = Symbol.for('release-desk.per-connection');

interface Kept {
  prepared: Map<string, unknown>;
  memo: Map<string, unknown>;
  dataVersion: Database.Statement<[], number>;
  seenVersion: number;
}

function keptWith(db: Db): Kept {
  const holder = db as Db & { [KEPT]?: Kept };
  holder[KEPT] ??= {
    prepared: new Map(),
    memo: new Map(),
    dataVersion: db.$client.prepare<[], number>('pragma data_version').pluck(),
    seenVersion: NaN,
  };
  return holder[KEPT];
}

/** A query prepared once per connection: drizzle otherwise builds its SQL and SQLite prepares it on every call. */
export function preparedOnce<T>(db: Db, key: string, prepare: () => T): T {
  const { prepared } = keptWith(db);
  if (!prepared.has(key)) prepared.set(key, prepare());
  return prepared.get(key) as T;
}

/**
 * The value under `key`, computed on first use and again after the data may have changed: writers
 * on this connection clear their entries (forgetMemo); a commit by any other connection (a script,
 * another process) clears them all, which SQLite's data_version tells without reading a table.
 */
export function memoised<T>(db: Db, key: string, compute: () => T): T {
  const kept = keptWith(db);
  const version = kept.dataVersion.get()!;
  if (version !== kept.seenVersion) {
    kept.memo.clear();
    kept.seenVersion = version;
  }
  if (!kept.memo.has(key)) kept.memo.set(key, compute());
  return kept.memo.get(key) as T;
}

/** Drops every value whose key starts with `prefix` (after a write on this connection). */
export function forgetMemo(db: Db, prefix: string): void {
  const memo = (db as Db & { [KEPT]?: Kept })[KEPT]?.memo;
  if (!memo) return;
  for (const key of [...memo.keys()]) if (key.startsWith(prefix)) memo.delete(key);
}
