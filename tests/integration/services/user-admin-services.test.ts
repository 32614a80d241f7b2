import { describe, expect, it } from 'vitest';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { validateSession } from '@/lib/auth/validate-session';
import { verifyPassword } from '@/lib/auth/password';
import { findUserById } from '@/lib/db/queries/users';
import { userActor, SYSTEM_ACTOR } from '@/lib/services/actor';
import { createUser } from '@/lib/services/create-user';
import { updateUserRole } from '@/lib/services/update-user-role';
import { setUserActive } from '@/lib/services/set-user-active';
import { resetUserPassword } from '@/lib/services/reset-user-password';
import { setUserLocale } from '@/lib/services/set-user-locale';
import { authenticateUser } from '@/lib/services/authenticate-user';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/services/errors';
import { createTestUser, type TestUser } from '@/tests/helpers/test-app';
import type { Role } from '@/lib/domain/workflow';

const actorOf = (u: TestUser) => userActor(u);

function liveClaims(db: Db, userId: number) {
  const now = Math.floor(Date.now() / 1000);
  return { uid: userId, sv: findUserById(db, userId)!.sessionVersion, loginAt: now, lastSeen: now };
}

function audit(db: Db): Array<{ action: string; actor: string; entity_id: string | null; details: string | null }> {
  return db.$client.prepare('select action, actor, entity_id, details from audit_log order by id').all() as never;
}

async function setup() {
  const db = openMemoryDatabase();
  const admin = await createTestUser(db, 'admin');
  const chief = await createTestUser(db, 'chief');
  const editor = await createTestUser(db, 'editor');
  return { db, admin, chief, editor };
}

describe('updateUserRole', () => {
  it('changes the role, ends the sessions of that user and audits it', async () => {
    const { db, admin, editor } = await setup();
    const claims = liveClaims(db, editor.id);
    expect(validateSession(db, claims)).toMatchObject({ role: 'editor' });
    const updated = updateUserRole(db, actorOf(admin), { userId: editor.id, role: 'chief' });
    expect(updated.role).toBe('chief');
    expect(validateSession(db, claims)).toBeNull();
    expect(validateSession(db, liveClaims(db, editor.id))).toMatchObject({ role: 'chief' });
    expect(audit(db).at(-1)).toMatchObject({ action: 'change_role', actor: admin.email, entity_id: String(editor.id) });
    expect(JSON.parse(audit(db).at(-1)!.details!)).toMatchObject({ from: 'editor', to: 'chief' });
  });

  it.each<Role>(['editor', 'chief'])('is refused to a %s, and changes nothing', async (role) => {
    const { db, chief, editor } = await setup();
    const actor = role === 'chief' ? chief : editor;
    const before = audit(db).length;
    expect(() => updateUserRole(db, actorOf(actor), { userId: editor.id, role: 'admin' })).toThrow(ForbiddenError);
    expect(findUserById(db, editor.id)!.role).toBe('editor');
    expect(audit(db)).toHaveLength(before);
  });

  it('is refused to the system actor (no signed-in admin)', async () => {
    const { db, editor } = await setup();
    expect(() => updateUserRole(db, SYSTEM_ACTOR, { userId: editor.id, role: 'admin' })).toThrow(ForbiddenError);
  });

  it('never demotes the last active administrator, but does when another one exists', async () => {
    const { db, admin } = await setup();
    expect(() => updateUserRole(db, actorOf(admin), { userId: admin.id, role: 'chief' })).toThrow(/last_admin/);
    expect(findUserById(db, admin.id)!.role).toBe('admin');
    const second = await createTestUser(db, 'admin');
    updateUserRole(db, actorOf(admin), { userId: admin.id, role: 'chief' });
    expect(findUserById(db, admin.id)!.role).toBe('chief');
    expect(() => updateUserRole(db, actorOf(second), { userId: second.id, role: 'editor' })).toThrow(ForbiddenError);
  });

  it('refuses an unknown role and an unknown user', async () => {
    const { db, admin, editor } = await setup();
    expect(() => updateUserRole(db, actorOf(admin), { userId: editor.id, role: 'owner' as Role })).toThrow(ValidationError);
    expect(() => updateUserRole(db, actorOf(admin), { userId: 9999, role: 'chief' })).toThrow(NotFoundError);
  });

  it('leaves the sessions alone when the role does not change', async () => {
    const { db, admin, editor } = await setup();
    const claims = liveClaims(db, editor.id);
    updateUserRole(db, actorOf(admin), { userId: editor.id, role: 'editor' });
    expect(validateSession(db, claims)).not.toBeNull();
  });
});

describe('setUserActive', () => {
  it('deactivates (sessions end, login refused) and reactivates (lock lifted)', async () => {
    const { db, admin, editor } = await setup();
    const claims = liveClaims(db, editor.id);
    setUserActive(db, actorOf(admin), { userId: editor.id, active: false });
    expect(validateSession(db, claims)).toBeNull();
    const noSleep = { sleep: async () => {} };
    expect((await authenticateUser(db, { email: editor.email, password: editor.password, address: 'x' }, noSleep)).ok).toBe(false);
    setUserActive(db, actorOf(admin), { userId: editor.id, active: true });
    expect(findUserById(db, editor.id)).toMatchObject({ active: true, failedLogins: 0, lockedUntil: null });
    expect((await authenticateUser(db, { email: editor.email, password: editor.password, address: 'y' }, noSleep)).ok).toBe(true);
    expect(audit(db).map((a) => a.action)).toEqual(expect.arrayContaining(['deactivate_user', 'reactivate_user']));
  });

  it('never deactivates the last active administrator', async () => {
    const { db, admin } = await setup();
    expect(() => setUserActive(db, actorOf(admin), { userId: admin.id, active: false })).toThrow(/last_admin/);
    expect(findUserById(db, admin.id)!.active).toBe(true);
  });

  it('counts only active administrators: an inactive second admin does not help', async () => {
    const { db, admin } = await setup();
    const second = await createTestUser(db, 'admin');
    setUserActive(db, actorOf(admin), { userId: second.id, active: false });
    expect(() => setUserActive(db, actorOf(admin), { userId: admin.id, active: false })).toThrow(/last_admin/);
  });

  it('is refused to editors and chief editors', async () => {
    const { db, chief, editor } = await setup();
    expect(() => setUserActive(db, actorOf(chief), { userId: editor.id, active: false })).toThrow(ForbiddenError);
    expect(() => setUserActive(db, actorOf(editor), { userId: chief.id, active: false })).toThrow(ForbiddenError);
    expect(findUserById(db, editor.id)!.active).toBe(true);
  });
});

describe('resetUserPassword', () => {
  it('sets the given password, ends the sessions and lifts a lock', async () => {
    const { db, admin, editor } = await setup();
    const noSleep = { sleep: async () => {} };
    for (let i = 0; i < 5; i++) await authenticateUser(db, { email: editor.email, password: 'wrong password!!', address: 'z' }, noSleep);
    expect((await authenticateUser(db, { email: editor.email, password: editor.password, address: 'z' }, noSleep)).ok).toBe(false); // locked for 'z'
    const claims = liveClaims(db, editor.id);
    const result = await resetUserPassword(db, actorOf(admin), { userId: editor.id, password: 'a brand new long password' });
    expect(result.generatedPassword).toBeNull();
    expect(validateSession(db, claims)).toBeNull();
    const row = findUserById(db, editor.id)!;
    expect(await verifyPassword(row.passwordHash, 'a brand new long password')).toBe(true);
    expect(await verifyPassword(row.passwordHash, editor.password)).toBe(false);
    expect(audit(db).at(-1)).toMatchObject({ action: 'reset_password', entity_id: String(editor.id) });
    expect(audit(db).at(-1)!.details).not.toContain('a brand new long password');
    expect((await authenticateUser(db, { email: editor.email, password: 'a brand new long password', address: 'z' }, noSleep)).ok).toBe(true);
  });

  it('generates a password when none is given, and returns it once', async () => {
    const { db, admin, editor } = await setup();
    const result = await resetUserPassword(db, actorOf(admin), { userId: editor.id });
    expect(result.generatedPassword).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    expect(await verifyPassword(findUserById(db, editor.id)!.passwordHash, result.generatedPassword!)).toBe(true);
    expect(JSON.stringify(audit(db))).not.toContain(result.generatedPassword!);
  });

  it('refuses a short password, non-admins and unknown users', async () => {
    const { db, admin, chief, editor } = await setup();
    await expect(resetUserPassword(db, actorOf(admin), { userId: editor.id, password: 'short' })).rejects.toThrow(ValidationError);
    await expect(resetUserPassword(db, actorOf(chief), { userId: editor.id, password: 'a brand new long password' })).rejects.toThrow(ForbiddenError);
    await expect(resetUserPassword(db, actorOf(editor), { userId: editor.id })).rejects.toThrow(ForbiddenError);
    await expect(resetUserPassword(db, actorOf(admin), { userId: 4242 })).rejects.toThrow(NotFoundError);
    expect(await verifyPassword(findUserById(db, editor.id)!.passwordHash, editor.password)).toBe(true);
  });
});

describe('createUser', () => {
  it('is allowed to admins and the system, refused to others', async () => {
    const { db, admin, chief } = await setup();
    const input = { email: 'New.Person@Example.org', name: 'New Person', role: 'editor' as const, password: 'long enough password' };
    await expect(createUser(db, actorOf(chief), input)).rejects.toThrow(ForbiddenError);
    const row = await createUser(db, actorOf(admin), input);
    expect(row.email).toBe('new.person@example.org');
    await expect(createUser(db, actorOf(admin), input)).rejects.toMatchObject({ fields: { email: 'exists' } });
    await expect(createUser(db, SYSTEM_ACTOR, { ...input, email: 'other@example.org' })).resolves.toMatchObject({ role: 'editor' });
  });
});

describe('setUserLocale', () => {
  it('stores the signed-in user’s own language, once', async () => {
    const { db, editor } = await setup();
    expect(setUserLocale(db, actorOf(editor), { locale: 'ru' })).toBe('ru');
    expect(findUserById(db, editor.id)!.locale).toBe('ru');
    const count = audit(db).length;
    setUserLocale(db, actorOf(editor), { locale: 'ru' });
    expect(audit(db)).toHaveLength(count);
    expect(validateSession(db, liveClaims(db, editor.id))).toMatchObject({ locale: 'ru' });
  });

  it('refuses unknown languages and the system actor', async () => {
    const { db, editor } = await setup();
    expect(() => setUserLocale(db, actorOf(editor), { locale: 'de' })).toThrow(ValidationError);
    expect(() => setUserLocale(db, SYSTEM_ACTOR, { locale: 'en' })).toThrow(ForbiddenError);
  });
});
