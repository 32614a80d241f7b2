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
