import { eq, like, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/lib/db/client';
import { loginThrottle, users } from '@/lib/db/schema';
import { findUserByEmail, normaliseEmail, type UserRow } from '@/lib/db/queries/users';
import { writeAudit } from '@/lib/db/audit';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import {
  ACCOUNT_STRANGER_FAILURES,
  ACCOUNT_WINDOW_SECONDS,
  accountDelayMs,
  ADDRESS_WINDOW_SECONDS,
  addressDelayMs,
  KNOWN_ADDRESS_DAYS,
  LOGIN_LOCK_FAILURES,
  LOGIN_LOCK_SECONDS,
} from '@/lib/auth/session-policy';

export interface LoginAttempt {
  email: string;
  password: string;
  /** The client's address as the front server established it (lib/http/forwarded.ts). */
  address: string;
}

export type LoginResult = { ok: true; user: UserRow } | { ok: false };

export interface LoginOptions {
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The counters of login_throttle, one row per key (its `address` column holds the key):
 * - `address:A`  failures from address A, any account (slows A down);
 * - `account:U`  failures for user U, any address, this hour (slows everyone down for U, and
 *                stops strangers after ACCOUNT_STRANGER_FAILURES);
 * - `pair:U@A`   failures for user U from address A (locks U for A only, LOGIN_LOCK_SECONDS);
 * - `known:U@A`  a successful login of U from A (window_start = when), so that A is no stranger.
 */
const keys = {
  address: (address: string) => `address:${address}`,
  account: (userId: number) => `account:${userId}`,
  pair: (userId: number, address: string) => `pair:${userId}@${address}`,
  known: (userId: number, address: string) => `known:${userId}@${address}`,
};

type Counter = { failures: number; windowStart: string };

function counter(db: DbOrTx, key: string): Counter | undefined {
  return db.select({ failures: loginThrottle.failures, windowStart: loginThrottle.windowStart }).from(loginThrottle).where(eq(loginThrottle.address, key)).get();
}

const ageSeconds = (row: Counter, now: Date) => (now.getTime() - new Date(row.windowStart).getTime()) / 1000;

function recentFailures(db: DbOrTx, key: string, windowSeconds: number, now: Date): number {
  const row = counter(db, key);
  return !row || ageSeconds(row, now) > windowSeconds ? 0 : row.failures;
}

/** Counts one failure under `key`; a window older than `windowSeconds` starts again at 1. Returns the new count. */
function countFailure(db: DbOrTx, key: string, windowSeconds: number, now: Date): number {
  const row = counter(db, key);
  const failures = !row || ageSeconds(row, now) > windowSeconds ? 1 : row.failures + 1;
  const windowStart = failures === 1 ? now.toISOString() : row!.windowStart;
  db.insert(loginThrottle)
    .values({ address: key, failures, windowStart })
    .onConflictDoUpdate({ target: loginThrottle.address, set: { failures, windowStart } })
    .run();
  return failures;
}

/** Takes back a failure counted in advance (a stranger's guess that was right). */
function uncountFailure(db: DbOrTx, key: string): void {
  db.update(loginThrottle).set({ failures: sql`max(0, ${loginThrottle.failures} - 1)` }).where(eq(loginThrottle.address, key)).run();
}

/** Locked for this address: LOGIN_LOCK_FAILURES failures, the last lock started under LOGIN_LOCK_SECONDS ago. */
function pairLocked(db: DbOrTx, userId: number, address: string, now: Date): boolean {
  const row = counter(db, keys.pair(userId, address));
  return !!row && row.failures >= LOGIN_LOCK_FAILURES && ageSeconds(row, now) <= LOGIN_LOCK_SECONDS;
}

function knownAddress(db: DbOrTx, userId: number, address: string, now: Date): boolean {
  const row = counter(db, keys.known(userId, address));
  return !!row && ageSeconds(row, now) <= KNOWN_ADDRESS_DAYS * 24 * 3600;
}

/**
 * Checks a login (policy in lib/auth/session-policy.ts). Every failure is audited and counted; a
 * lock holds one account for one address, so a stranger failing on purpose never locks the owner
 * out from the owner's own address. The answer never tells whether the account exists.
 */
export async function authenticateUser(db: Db, attempt: LoginAttempt, options: LoginOptions = {}): Promise<LoginResult> {
  const now = options.now?.() ?? new Date();
  const email = normaliseEmail(attempt.email);
  const address = attempt.address || 'unknown';
  const sleep = options.sleep ?? defaultSleep;
  const user = findUserByEmail(db, email);

  const accountFailures = user ? recentFailures(db, keys.account(user.id), ACCOUNT_WINDOW_SECONDS, now) : 0;
  const delay = Math.max(addressDelayMs(recentFailures(db, keys.address(address), ADDRESS_WINDOW_SECONDS, now)), accountDelayMs(accountFailures));
  if (delay > 0) await sleep(delay);

  const locked = !!user && pairLocked(db, user.id, address, now);
  // A stranger's guess is counted before the (slow) check, in the same synchronous step as the
  // limit is read: many requests at once cannot all slip under ACCOUNT_STRANGER_FAILURES.
  const stranger = !!user && !locked && !knownAddress(db, user.id, address, now);
  const strangerGuesses = stranger ? countFailure(db, keys.account(user!.id), ACCOUNT_WINDOW_SECONDS, now) : 0;
  const strangerStopped = strangerGuesses > ACCOUNT_STRANGER_FAILURES;
  // The hash is verified in every case, so that the answer takes as long whatever the reason.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), attempt.password);

  if (user && user.active && !locked && !strangerStopped && passwordOk) {
    db.transaction((tx) => {
      tx.delete(loginThrottle).where(eq(loginThrottle.address, keys.pair(user.id, address))).run();
      if (stranger) uncountFailure(tx, keys.account(user.id));
      tx.insert(loginThrottle)
        .values({ address: keys.known(user.id, address), failures: 0, windowStart: now.toISOString() })
        .onConflictDoUpdate({ target: loginThrottle.address, set: { windowStart: now.toISOString() } })
        .run();
      writeAudit(tx, { actorId: user.id, actor: user.email, action: 'login', entity: 'user', entityId: user.id, details: { address } });
    });
    return { ok: true, user };
  }

  const reason = !user ? 'unknown_account' : !user.active ? 'inactive' : locked ? 'locked' : strangerStopped ? 'throttled' : 'wrong_password';
  db.transaction((tx) => {
    if (user && !locked && !strangerStopped) {
      const failures = countFailure(tx, keys.pair(user.id, address), LOGIN_LOCK_SECONDS, now);
      // The fifth failure starts the lock: its window begins now.
      if (failures === LOGIN_LOCK_FAILURES) tx.update(loginThrottle).set({ windowStart: now.toISOString() }).where(eq(loginThrottle.address, keys.pair(user.id, address))).run();
    }
    if (user && !stranger) countFailure(tx, keys.account(user.id), ACCOUNT_WINDOW_SECONDS, now);
    countFailure(tx, keys.address(address), ADDRESS_WINDOW_SECONDS, now);
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

/** An administrator's reset or reactivation lifts every lock and slowdown of the account. */
export function clearLoginLocks(db: DbOrTx, userId: number): void {
  db.delete(loginThrottle)
    .where(or(eq(loginThrottle.address, keys.account(userId)), like(loginThrottle.address, `pair:${userId}@%`)))
    .run();
}
