import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import type { Db } from '@/lib/db/client';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { createUser } from '@/lib/services/create-user';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import type { Role } from '@/lib/domain/workflow';

export const TEST_SECRET = 'test-secret-for-release-desk-only';

/** Folders made by useTemporaryAppData, and whether each belongs to one test or to the whole file. */
const temporaryFolders: Array<{ dir: string; scope: 'test' | 'file' }> = [];
/** Set by tests/helpers/vitest-setup.ts while a test (with its beforeEach/afterEach hooks) runs. */
export const testRun = { inTest: false };

/**
 * Points the app's database (getDb) and data directory at a fresh temporary folder.
 * Call before importing anything that opens the database, e.g. in beforeAll (the folder then lives until the
 * file's tests are done) or in beforeEach / a test (removed after that test). The removal is registered by
 * tests/helpers/vitest-setup.ts for every test file.
 */
export function useTemporaryAppData(): { dir: string; dbPath: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-desk-test-'));
  temporaryFolders.push({ dir, scope: testRun.inTest ? 'test' : 'file' });
  closeAppDatabase();
  pointAppAt(dir);
  process.env.NEXTAUTH_SECRET = TEST_SECRET;
  return { dir, dbPath: process.env.DATABASE_PATH! };
}

/** Removes the folders of one test (after each test) or all of them (after the file), closing the app's database first. */
export function removeTemporaryAppData(scope: 'test' | 'all'): void {
  const leaving = temporaryFolders.filter((f) => scope === 'all' || f.scope === 'test');
  if (leaving.length === 0) return;
  closeAppDatabase();
  for (const folder of leaving) {
    fs.rmSync(folder.dir, { recursive: true, force: true });
    temporaryFolders.splice(temporaryFolders.indexOf(folder), 1);
  }
  // Back to the file's folder, if it has one, for the tests that follow.
  const fileFolder = temporaryFolders.at(-1);
  if (fileFolder) pointAppAt(fileFolder.dir);
}

function pointAppAt(dir: string): void {
  process.env.DATA_DIR = dir;
  process.env.DATABASE_PATH = path.join(dir, 'test.db');
}

function closeAppDatabase(): void {
  const holder = globalThis as { releaseDeskDb?: Db };
  const db = holder.releaseDeskDb;
  holder.releaseDeskDb = undefined;
  if (db?.$client.open) db.$client.close();
}

export interface TestUser {
  id: number;
  email: string;
  role: Role;
  password: string;
}

export async function createTestUser(db: Db, role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`): Promise<TestUser> {
  seedReferenceData(db);
  const password = 'correct horse battery staple';
  const row = await createUser(db, SYSTEM_ACTOR, { email, name: `${role} user`, role, password });
  return { id: row.id, email: row.email, role, password };
}

/** A session token exactly as next-auth would issue it after a login (same claims, same secret). */
export async function sessionTokenFor(
  db: Db,
  user: { id: number },
  times: { loginAt?: number; lastSeen?: number } = {},
): Promise<string> {
  const row = db.$client.prepare('select email, name, role, session_version as sv from users where id = ?').get(user.id) as {
    email: string;
    name: string;
    role: string;
    sv: number;
  };
  const now = Math.floor(Date.now() / 1000);
  return encode({
    secret: TEST_SECRET,
    token: {
      sub: String(user.id),
      email: row.email,
      name: row.name,
      role: row.role,
      uid: user.id,
      sv: row.sv,
      loginAt: times.loginAt ?? now,
      lastSeen: times.lastSeen ?? now,
    },
  });
}
