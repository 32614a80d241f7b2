import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));

import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData } from '@/tests/helpers/test-app';
import { getDb } from '@/lib/db/instance';
import { findUserById } from '@/lib/db/queries/users';
import { applyUserLocale, switchLocale } from '@/app/actions/auth';

const localeForm = (locale: string) => {
  const form = new FormData();
  form.set('locale', locale);
  return form;
};

describe('language of a signed-in user', () => {
  beforeAll(() => {
    useTemporaryAppData();
  });
  afterEach(() => requestContext.reset());

  it('stores the switch on the account and in the cookie', async () => {
    const db = getDb();
    const editor = await createTestUser(db, 'editor');
    requestContext.signIn(await sessionTokenFor(db, editor));
    await switchLocale(localeForm('ru'));
    expect(requestContext.cookie('NEXT_LOCALE')).toBe('ru');
    expect(findUserById(db, editor.id)!.locale).toBe('ru');
  });

  it('only sets the cookie for anonymous visitors, and ignores unknown languages', async () => {
    await switchLocale(localeForm('en'));
    expect(requestContext.cookie('NEXT_LOCALE')).toBe('en');
    requestContext.reset();
    await switchLocale(localeForm('de'));
    expect(requestContext.cookie('NEXT_LOCALE')).toBeUndefined();
  });

  it('brings the stored language back after login', async () => {
    const db = getDb();
    const chief = await createTestUser(db, 'chief');
    requestContext.signIn(await sessionTokenFor(db, chief));
    expect(await applyUserLocale()).toEqual({ locale: null });
    await switchLocale(localeForm('ru'));
    requestContext.reset();
    requestContext.setCookie('NEXT_LOCALE', 'en');
    requestContext.signIn(await sessionTokenFor(db, chief));
    expect(await applyUserLocale()).toEqual({ locale: 'ru' });
    expect(requestContext.cookie('NEXT_LOCALE')).toBe('ru');
  });

  it('does nothing without a session', async () => {
    requestContext.setCookie('NEXT_LOCALE', 'en');
    expect(await applyUserLocale()).toEqual({ locale: null });
    expect(requestContext.cookie('NEXT_LOCALE')).toBe('en');
  });
});
