import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { loginThrottle, users } from '@/lib/db/schema';
import { findUserByEmail, normaliseEmail, type UserRow } from '@/lib/db/queries/users';
import { writeAudit } from '@/lib/db/audit';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import {
  ADDRESS_WINDOW_SECONDS,
  addressDelayMs,
  LOGIN_LOCK_FAILURES,
  LOGIN_LOCK_SECONDS,
} from '@/lib/auth/session-policy';

export interface LoginAttempt {
  email: string;
  password: string;
  address: string;
}

export type LoginResult = { ok: true; user: UserRow } | { ok: false };

export interface LoginOptions {
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks a login. Every failure is audited and counted: five for one account lock it for ten
 * minutes; repeated failures from one address slow its next answers down. The answer never
 * tells whether the account exists.
 */
export async function authenticateUser(db: Db, attempt: LoginAttempt, options: LoginOptions = {}): Promise<LoginResult> {
  const now = options.now?.() ?? new Date();
  const email = normaliseEmail(attempt.email);
  const address = attempt.address || 'unknown';

  const delay = addressDelayMs(recentAddressFailures(db, address, now));
  if (delay > 0) await (options.sleep ?? defaultSleep)(delay);

  const user = findUserByEmail(db, email);
  const locked = !!user?.lockedUntil && new Date(user.lockedUntil) > now;
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), attempt.password);

  if (user && user.active && !locked && passwordOk) {
    db.transaction((tx) => {
      tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
      writeAudit(tx, { actorId: user.id, actor: user.email, action: 'login', entity: 'user', entityId: user.id, details: { address } });
    });
    return { ok: true, user };
  }

  const reason = !user ? 'unknown_account' : !user.active ? 'inactive' : locked ? 'locked' : 'wrong_password';
  db.transaction((tx) => {
    if (user && !locked) {
      const failures = user.failedLogins + 1;
      const lock = failures >= LOGIN_LOCK_FAILURES;
      tx.update(users)
        .set({
          failedLogins: lock ? 0 : failures,
          lockedUntil: lock ? new Date(now.getTime() + LOGIN_LOCK_SECONDS * 1000).toISOString() : user.lockedUntil,
        })
        .where(eq(users.id, user.id))
        .run();
    }
    countAddressFailure(tx, address, now);
    writeAudit(tx, {
      actorId: user?.id ?? null,
      actor: email,
      action: 'login_failed',
      entity: 'user',
      entityId: user?.id ?? null,
      details: { address, reason },
    });
  });
  return { ok: false };
}

function recentAddressFailures(db: Db, address: string, now: Date): number {
  const row = db.select().from(loginThrottle).where(eq(loginThrottle.address, address)).get();
  if (!row) return 0;
  const age = (now.getTime() - new Date(row.windowStart).getTime()) / 1000;
  return age > ADDRESS_WINDOW_SECONDS ? 0 : row.failures;
}

function countAddressFailure(db: Parameters<Parameters<Db['transaction']>[0]>[0], address: string, now: Date): void {
  const row = db.select().from(loginThrottle).where(eq(loginThrottle.address, address)).get();
  const expired = !row || (now.getTime() - new Date(row.windowStart).getTime()) / 1000 > ADDRESS_WINDOW_SECONDS;
  db.insert(loginThrottle)
    .values({ address, failures: 1, windowStart: now.toISOString() })
    .onConflictDoUpdate({
      target: loginThrottle.address,
      set: expired ? { failures: 1, windowStart: now.toISOString() } : { failures: (row?.failures ?? 0) + 1 },
    })
    .run();
}
