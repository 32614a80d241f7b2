import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '@/lib/db/client';
import { authenticateUser } from '@/lib/services/authenticate-user';
import { createTestUser } from '@/tests/helpers/test-app';

const noSleep = { sleep: async () => {} };

function auditActions(db: ReturnType<typeof openMemoryDatabase>): string[] {
  return (db.$client.prepare('select action from audit_log order by id').all() as Array<{ action: string }>).map((r) => r.action);
}

describe('login', () => {
  it('accepts the right password and audits it', async () => {
    const db = openMemoryDatabase();
    const user = await createTestUser(db, 'editor');
    const result = await authenticateUser(db, { email: user.email.toUpperCase(), password: user.password, address: '10.0.0.1' }, noSleep);
    expect(result.ok).toBe(true);
    expect(auditActions(db)).toContain('login');
  });

  it('locks the account for 10 minutes after 5 failures, even for the right password', async () => {
    const db = openMemoryDatabase();
    const user = await createTestUser(db, 'editor');
    let clock = new Date('2026-03-01T10:00:00Z');
    const options = { ...noSleep, now: () => clock };
    for (let i = 0; i < 5; i++) {
      expect((await authenticateUser(db, { email: user.email, password: 'wrong password!!', address: 'a' }, options)).ok).toBe(false);
    }
    expect((await authenticateUser(db, { email: user.email, password: user.password, address: 'a' }, options)).ok).toBe(false);
    clock = new Date('2026-03-01T10:09:00Z');
    expect((await authenticateUser(db, { email: user.email, password: user.password, address: 'a' }, options)).ok).toBe(false);
    clock = new Date('2026-03-01T10:10:01Z');
    expect((await authenticateUser(db, { email: user.email, password: user.password, address: 'a' }, options)).ok).toBe(true);
    expect(auditActions(db).filter((a) => a === 'login_failed')).toHaveLength(7);
  });

  it('answers an unknown account exactly like a wrong password, and audits it', async () => {
    const db = openMemoryDatabase();
    await createTestUser(db, 'editor');
    const unknown = await authenticateUser(db, { email: 'nobody@example.org', password: 'whatever password', address: 'b' }, noSleep);
    expect(unknown).toEqual({ ok: false });
    expect(auditActions(db)).toContain('login_failed');
  });

  it('slows down an address after repeated failures', async () => {
    const db = openMemoryDatabase();
    const delays: number[] = [];
    const options = { sleep: async (ms: number) => void delays.push(ms) };
    for (let i = 0; i < 6; i++) await authenticateUser(db, { email: `x${i}@example.org`, password: 'wrong password!!', address: 'c' }, options);
    expect(delays.length).toBeGreaterThan(0);
    expect(delays[delays.length - 1]).toBeGreaterThan(delays[0]!);
  });
});

describe('login lock: a stranger cannot shut the owner out', () => {
  const wrong = 'wrong password!!';

  it('a success resets the failure count of that address', async () => {
    const db = openMemoryDatabase();
    const user = await createTestUser(db, 'editor');
    const at = (address: string, password: string) => authenticateUser(db, { email: user.email, password, address }, noSleep);
    for (let i = 0; i < 4; i++) expect((await at('10.0.0.1', wrong)).ok).toBe(false);
    expect((await at('10.0.0.1', user.password)).ok).toBe(true);
    // Four more failures after the success do not lock: the count started again.
    for (let i = 0; i < 4; i++) expect((await at('10.0.0.1', wrong)).ok).toBe(false);
    expect((await at('10.0.0.1', user.password)).ok).toBe(true);
  });

  it('locks the account only for the address that failed; other addresses still log in', async () => {
    const db = openMemoryDatabase();
    const user = await createTestUser(db, 'admin');
    const at = (address: string, password: string) => authenticateUser(db, { email: user.email, password, address }, noSleep);
    for (let i = 0; i < 5; i++) await at('203.0.113.9', wrong);
    expect((await at('203.0.113.9', user.password)).ok).toBe(false);
    expect((await at('192.0.2.1', user.password)).ok).toBe(true);
  });

  it('five failures from each of many addresses do not lock the owner out of an address it logged in from', async () => {
    const db = openMemoryDatabase();
    const user = await createTestUser(db, 'admin');
    const clock = new Date('2026-03-01T10:00:00Z');
    const options = { ...noSleep, now: () => clock };
    const at = (address: string, password: string) => authenticateUser(db, { email: user.email, password, address }, options);
    expect((await at('192.0.2.1', user.password)).ok).toBe(true); // the owner's office
    for (let a = 0; a < 10; a++) for (let i = 0; i < 5; i++) await at(`198.51.100.${a}`, wrong);
    expect((await at('192.0.2.1', user.password)).ok).toBe(true);
  });

  it('stops strangers after 30 failures an hour for the account, even with the right password, but not known addresses', async () => {
    const db = openMemoryDatabase();
    const user = await createTestUser(db, 'admin');
    let clock = new Date('2026-03-01T10:00:00Z');
    const options = { ...noSleep, now: () => clock };
    const at = (address: string, password: string) => authenticateUser(db, { email: user.email, password, address }, options);
    expect((await at('192.0.2.1', user.password)).ok).toBe(true);
    for (let i = 0; i < 30; i++) await at(`198.51.100.${i}`, wrong);
    expect((await at('198.51.100.200', user.password)).ok).toBe(false); // a stranger, even with the password
    expect((await at('192.0.2.1', user.password)).ok).toBe(true); // the owner's known address
    clock = new Date('2026-03-01T11:00:01Z');
    expect((await at('198.51.100.200', user.password)).ok).toBe(true); // the next hour
  });

  it('checks at most 30 stranger guesses an hour even when they all arrive at once', async () => {
    const db = openMemoryDatabase();
    const user = await createTestUser(db, 'admin');
    await Promise.all(Array.from({ length: 40 }, (_, i) => authenticateUser(db, { email: user.email, password: wrong, address: `198.51.100.${i}` }, noSleep)));
    const reasons = (db.$client.prepare("select details from audit_log where action = 'login_failed'").all() as Array<{ details: string }>).map(
      (row) => (JSON.parse(row.details) as { reason: string }).reason,
    );
    expect(reasons.filter((r) => r === 'wrong_password')).toHaveLength(30);
    expect(reasons.filter((r) => r === 'throttled')).toHaveLength(10);
  });

  it('slows every address down once the account has failures, growing with them', async () => {
    const db = openMemoryDatabase();
    const user = await createTestUser(db, 'editor');
    const delays: number[] = [];
    const options = { sleep: async (ms: number) => void delays.push(ms) };
    // Each failure from a different address: the per-address slowdown never starts.
    for (let i = 0; i < 8; i++) await authenticateUser(db, { email: user.email, password: wrong, address: `198.51.100.${i}` }, options);
    expect(delays.length).toBeGreaterThanOrEqual(3);
    expect(delays.at(-1)!).toBeGreaterThan(delays[0]!);
    const before = delays.length;
    await authenticateUser(db, { email: user.email, password: user.password, address: '192.0.2.77' }, options);
    expect(delays.length).toBe(before + 1); // the owner, too, waits a moment: the guesses stay slow
  });

  it('an administrator’s password reset lifts the lock', async () => {
    const db = openMemoryDatabase();
    const user = await createTestUser(db, 'editor');
    const admin = await createTestUser(db, 'admin');
    for (let i = 0; i < 5; i++) await authenticateUser(db, { email: user.email, password: wrong, address: 'x' }, noSleep);
    const { resetUserPassword } = await import('@/lib/services/reset-user-password');
    const { userActor } = await import('@/lib/services/actor');
    await resetUserPassword(db, userActor(admin), { userId: user.id, password: 'a brand new password' });
    expect((await authenticateUser(db, { email: user.email, password: 'a brand new password', address: 'x' }, noSleep)).ok).toBe(true);
  });
});
