import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData, type TestUser } from '@/tests/helpers/test-app';
import { getDb } from '@/lib/db/instance';
import { findUserById, findUserByEmail } from '@/lib/db/queries/users';
import { getOrganisation } from '@/lib/db/queries/organisation';
import { findCountry } from '@/lib/db/queries/countries';
import { verifyPassword } from '@/lib/auth/password';
import { getCurrentUser } from '@/lib/auth/current-user';
import {
  createUserAction,
  resetUserPasswordAction,
  setUserActiveAction,
  updateCountryAction,
  updateOrganisationAction,
  updateUserRoleAction,
} from '@/app/actions/admin';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

function organisationForm(overrides: Record<string, string> = {}): FormData {
  const { id: _i, updatedAt: _u, ...org } = getOrganisation(getDb());
  return form({ ...org, ...overrides });
}

function countryForm(code: string, overrides: Record<string, string> = {}): FormData {
  const c = findCountry(getDb(), code)!;
  return form({
    code: c.code,
    shortEn: c.shortEn,
    shortRu: c.shortRu,
    headingEn: c.headingEn,
    headingRu: c.headingRu,
    ...(c.isMember ? { isMember: 'on', memberOrder: String(c.memberOrder) } : {}),
    ...overrides,
  });
}

const auditCount = () => (getDb().$client.prepare('select count(*) as n from audit_log').get() as { n: number }).n;

describe('admin actions', () => {
  let admin: TestUser;
  let chief: TestUser;
  let editor: TestUser;
  const as = async (user: TestUser | null) => {
    requestContext.reset();
    if (user) requestContext.signIn(await sessionTokenFor(getDb(), user));
  };

  beforeEach(async () => {
    useTemporaryAppData();
    const db = getDb();
    admin = await createTestUser(db, 'admin');
    chief = await createTestUser(db, 'chief');
    editor = await createTestUser(db, 'editor');
  });
  afterEach(() => requestContext.reset());

  describe('refuse anonymous visitors, editors and chief editors, changing nothing', () => {
    const cases = [
      ['createUser', () => createUserAction(null, form({ email: 'x@example.org', name: 'X', role: 'admin', password: 'long enough password' }))],
      ['updateUserRole', () => updateUserRoleAction(null, form({ userId: String(editor.id), role: 'admin' }))],
      ['setUserActive', () => setUserActiveAction(null, form({ userId: String(admin.id), active: 'false' }))],
      ['resetUserPassword', () => resetUserPasswordAction(null, form({ userId: String(admin.id), password: 'attacker chosen password' }))],
      ['updateOrganisation', () => updateOrganisationAction(null, organisationForm({ placeEn: 'Elsewhere' }))],
    ] as const;

    it.each(cases)('%s', async (_name, call) => {
      const before = auditCount();
      await as(null);
      expect(await call()).toEqual({ ok: false, error: 'errors.unauthenticated' });
      for (const user of [editor, chief]) {
        await as(user);
        expect(await call()).toEqual({ ok: false, error: 'errors.forbidden' });
      }
      expect(auditCount()).toBe(before);
      const db = getDb();
      expect(findUserByEmail(db, 'x@example.org')).toBeUndefined();
      expect(findUserById(db, editor.id)!.role).toBe('editor');
      expect(findUserById(db, admin.id)!.active).toBe(true);
      expect(await verifyPassword(findUserById(db, admin.id)!.passwordHash, admin.password)).toBe(true);
      expect(getOrganisation(db).placeEn).toBe('Almaty');
      expect(findCountry(db, 'CN')!.shortEn).toBe('China');
    });
  });

  it('creates an account with a generated password shown once; a forged field is ignored', async () => {
    await as(admin);
    const result = await createUserAction(null, form({ email: 'New.Editor@example.org', name: 'New Editor', role: 'editor', password: '', active: 'false', sessionVersion: '99' }));
    expect(result).toMatchObject({ ok: true, email: 'new.editor@example.org', generatedPassword: expect.any(String) });
    const row = findUserByEmail(getDb(), 'new.editor@example.org')!;
    expect(row).toMatchObject({ role: 'editor', active: true, sessionVersion: 1 });
    if (!result.ok) throw new Error('unreachable');
    expect(await verifyPassword(row.passwordHash, result.generatedPassword!)).toBe(true);
  });

  it('keeps what was typed (never the password) and names the fields on a validation error', async () => {
    await as(admin);
    const result = await createUserAction(null, form({ email: 'not-an-email', name: '', role: 'owner', password: 'short' }));
    expect(result).toMatchObject({
      ok: false,
      error: 'errors.invalid',
      fields: { email: 'format', name: 'tooShort', role: 'invalid', password: 'tooShort' },
      values: { email: 'not-an-email', name: '', role: 'owner' },
    });
    expect(result.ok ? null : result.values).not.toHaveProperty('password');
    const taken = await createUserAction(null, form({ email: editor.email, name: 'Dup', role: 'editor', password: 'long enough password' }));
    expect(taken).toMatchObject({ ok: false, fields: { email: 'emailTaken' } });
  });

  it('changes a role and ends that user’s session', async () => {
    const db = getDb();
    const target = await createTestUser(db, 'editor');
    const token = await sessionTokenFor(db, target);
    await as(admin);
    expect(await updateUserRoleAction(null, form({ userId: String(target.id), role: 'chief' }))).toEqual({ ok: true, role: 'chief' });
    requestContext.signIn(token);
    expect(await getCurrentUser()).toBeNull();
  });

  it('deactivates and reactivates; never the last admin', async () => {
    const db = getDb();
    const target = await createTestUser(db, 'editor');
    const token = await sessionTokenFor(db, target);
    await as(admin);
    expect(await setUserActiveAction(null, form({ userId: String(target.id), active: 'false' }))).toEqual({ ok: true, active: false });
    expect(await setUserActiveAction(null, form({ userId: String(admin.id), active: 'false' }))).toEqual({ ok: false, error: 'errors.lastAdmin' });
    expect(await updateUserRoleAction(null, form({ userId: String(admin.id), role: 'editor' }))).toMatchObject({ ok: false, error: 'errors.lastAdmin' });
    expect(await setUserActiveAction(null, form({ userId: String(target.id), active: 'maybe' }))).toEqual({ ok: false, error: 'errors.invalid' });
    requestContext.signIn(token);
    expect(await getCurrentUser()).toBeNull();
    await as(admin);
    expect(await setUserActiveAction(null, form({ userId: String(target.id), active: 'true' }))).toEqual({ ok: true, active: true });
    expect(await setUserActiveAction(null, form({ userId: '999999', active: 'false' }))).toEqual({ ok: false, error: 'errors.notFound' });
  });

  it('resets a password, typed or generated, and ends that user’s session', async () => {
    const db = getDb();
    const target = await createTestUser(db, 'chief');
    const token = await sessionTokenFor(db, target);
    await as(admin);
    expect(await resetUserPasswordAction(null, form({ userId: String(target.id), password: 'short' }))).toMatchObject({ ok: false, fields: { password: 'tooShort' } });
    const generated = await resetUserPasswordAction(null, form({ userId: String(target.id), password: '' }));
    expect(generated).toMatchObject({ ok: true, generatedPassword: expect.any(String) });
    requestContext.signIn(token);
    expect(await getCurrentUser()).toBeNull();
    await as(admin);
    expect(await resetUserPasswordAction(null, form({ userId: String(target.id), password: 'typed long password' }))).toEqual({ ok: true, generatedPassword: null });
    expect(await verifyPassword(findUserById(db, target.id)!.passwordHash, 'typed long password')).toBe(true);
  });

  it('saves the organisation settings and ignores forged fields such as a role', async () => {
    await as(admin);
    const data = organisationForm({ placeEn: 'Astana', placeRu: 'Астана' });
    data.append('role', 'admin');
    data.append('id', '2');
    data.append('updatedAt', '1999-01-01');
    expect(await updateOrganisationAction(null, data)).toEqual({ ok: true });
    const org = getOrganisation(getDb());
    expect(org).toMatchObject({ id: 1, placeEn: 'Astana', placeRu: 'Астана' });
    expect(org.updatedAt).not.toBe('1999-01-01');
    expect(findUserById(getDb(), admin.id)!.role).toBe('admin');

    const bad = await updateOrganisationAction(null, organisationForm({ email: 'nope', nameEn: '' }));
    expect(bad).toMatchObject({ ok: false, fields: { email: 'format', nameEn: 'tooShort' }, values: { email: 'nope', nameEn: '' } });
  });

  it('lets a chief editor rename a country but not change its membership; refuses editors and visitors', async () => {
    await as(null);
    expect(await updateCountryAction(null, countryForm('CN', { shortEn: 'PRC' }))).toEqual({ ok: false, error: 'errors.unauthenticated' });
    await as(editor);
    expect(await updateCountryAction(null, countryForm('CN', { shortEn: 'PRC' }))).toEqual({ ok: false, error: 'errors.forbidden' });
    await as(chief);
    expect(await updateCountryAction(null, countryForm('CN', { isMember: 'on', memberOrder: '9' }))).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await updateCountryAction(null, countryForm('CN', { shortEn: 'PRC' }))).toEqual({ ok: true });
    expect(findCountry(getDb(), 'CN')).toMatchObject({ shortEn: 'PRC', shortEnOrigin: 'person', isMember: false });
  });

  it('edits a country; membership needs a free position', async () => {
    await as(admin);
    expect(await updateCountryAction(null, countryForm('CN', { isMember: 'on', memberOrder: '1' }))).toMatchObject({ ok: false, fields: { memberOrder: 'orderTaken' } });
    expect(await updateCountryAction(null, countryForm('CN', { isMember: 'on', memberOrder: '' }))).toMatchObject({ ok: false, fields: { memberOrder: 'required' } });
    const isoName = findCountry(getDb(), 'CN')!.nameEn;
    expect(await updateCountryAction(null, countryForm('CN', { isMember: 'on', memberOrder: '9', nameEn: 'Forged' }))).toEqual({ ok: true });
    expect(findCountry(getDb(), 'CN')).toMatchObject({ isMember: true, memberOrder: 9, nameEn: isoName });
    const unknown = form({ code: 'ZZ', shortEn: 'Zed', shortRu: 'Зед', headingEn: 'ZED', headingRu: 'ЗЕД' });
    expect(await updateCountryAction(null, unknown)).toEqual({ ok: false, error: 'errors.notFound', values: expect.any(Object) });
  });
});
