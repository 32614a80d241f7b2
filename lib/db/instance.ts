import { openDatabase, type Db } from './client';

const globalForDb = globalThis as unknown as { releaseDeskDb?: Db };

/** The app's database, opened (and migrated) once per server process. */
export function getDb(): Db {
  globalForDb.releaseDeskDb ??= openDatabase();
  return globalForDb.releaseDeskDb;
}
