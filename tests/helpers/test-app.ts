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

/**
 * Points the app's database (getDb) and data directory at a fresh temporary folder.
 * Call before importing anything that opens the database, e.g. in beforeAll.
 */
export function useTemporaryAppData(): { dir: string; dbPath: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-desk-test-'));
  process.env.DATA_DIR = dir;
  process.env.DATABASE_PATH = path.join(dir, 'test.db');
  process.env.NEXTAUTH_SECRET = TEST_SECRET;
  (globalThis as { releaseDeskDb?: unknown }).releaseDeskDb = undefined;
  return { dir, dbPath: process.env.DATABASE_PATH };
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
