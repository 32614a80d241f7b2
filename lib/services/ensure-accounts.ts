import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { findUserByEmail } from '@/lib/db/queries/users';
import { generatePassword } from '@/lib/auth/password';
import type { Role } from '@/lib/domain/workflow';
import { SYSTEM_ACTOR } from './actor';
import { createUser } from './create-user';

export interface CreatedAccount {
  email: string;
  role: Role;
  /** Only when the password was generated: to be printed once, never stored. */
  generatedPassword: string | null;
}

/** First start: an administrator from ADMIN_EMAIL / ADMIN_PASSWORD, or with a generated password. */
export async function ensureAdmin(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<CreatedAccount | null> {
  if (db.select().from(users).where(eq(users.role, 'admin')).get()) return null;
  const email = env.ADMIN_EMAIL || 'admin@example.org';
  return ensureAccount(db, { email, name: 'Administrator', role: 'admin' }, env.ADMIN_PASSWORD);
}

/** The demo's editor and chief editor, with DEMO_PASSWORD or a generated password. */
export async function ensureDemoAccounts(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<CreatedAccount[]> {
  const accounts = [
    { email: 'editor@example.org', name: 'Aida Editor', role: 'editor' as const },
    { email: 'chief@example.org', name: 'Chief Editor', role: 'chief' as const },
  ];
  const created: CreatedAccount[] = [];
  for (const account of accounts) {
    const result = await ensureAccount(db, account, env.DEMO_PASSWORD);
    if (result) created.push(result);
  }
  return created;
}

async function ensureAccount(
  db: Db,
  account: { email: string; name: string; role: Role },
  password: string | undefined,
): Promise<CreatedAccount | null> {
  if (findUserByEmail(db, account.email)) return null;
  const generated = password ? null : generatePassword();
  await createUser(db, SYSTEM_ACTOR, { ...account, password: password ?? generated! });
  return { email: account.email, role: account.role, generatedPassword: generated };
}
