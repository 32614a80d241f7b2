import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));

import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData } from '@/tests/helpers/test-app';
import { getDb } from '@/lib/db/instance';
import { findUserById } from '@/lib/db/queries/users';
import { applyUserLocale, switchLocale } from '@/app/actions/auth';

const localeForm = (locale: string, returnTo?: string) => {
  const form = new FormData();
  form.set('locale', locale);
  if (returnTo !== undefined) form.set('returnTo', returnTo);
  return form;
};

/** Runs the switch and answers where it sends the browser (null when it does not redirect). */
async function switchTo(form: FormData): Promise<string | null> {
  try {
    await switchLocale(form);
    return null;
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return digest.split(';')[2] ?? null;
  }
}

describe('language of a signed-in user', () => {
  beforeAll(() => {
    useTemporaryAppData();
  });
  afterEach(() => requestContext.reset());

  it('stores the switch on the account and in the cookie', async () => {
    const db = getDb();
    const editor = await createTestUser(db, 'editor');
    requestContext.signIn(await sessionTokenFor(db, editor));
    expect(await switchTo(localeForm('ru', '/desk/articles/7'))).toBe('/desk/articles/7');
    expect(requestContext.cookie('NEXT_LOCALE')).toBe('ru');
    expect(findUserById(db, editor.id)!.locale).toBe('ru');
  });

  it('only sets the cookie for anonymous visitors, and ignores unknown languages', async () => {
    expect(await switchTo(localeForm('en'))).toBe('/');
    expect(requestContext.cookie('NEXT_LOCALE')).toBe('en');
    requestContext.reset();
    expect(await switchTo(localeForm('de'))).toBeNull();
    expect(requestContext.cookie('NEXT_LOCALE')).toBeUndefined();
  });

  it('brings the stored language back after login', async () => {
    const db = getDb();
    const chief = await createTestUser(db, 'chief');
    requestContext.signIn(await sessionTokenFor(db, chief));
    expect(await applyUserLocale()).toEqual({ locale: null });
    await switchTo(localeForm('ru'));
    requestContext.reset();
    requestContext.setCookie('NEXT_LOCALE', 'en');
    requestContext.signIn(await sessionTokenFor(db, chief));
    expect(await applyUserLocale()).toEqual({ locale: 'ru' });
    expect(requestContext.cookie('NEXT_LOCALE')).toBe('ru');
  });

  it('comes back only to a page of this site', async () => {
    expect(await switchTo(localeForm('ru', '//evil.example/x'))).toBe('/');
    expect(await switchTo(localeForm('ru', 'https://evil.example/'))).toBe('/');
    requestContext.setHeader('referer', 'http://localhost:3000/releases/2024/1?x=1');
    expect(await switchTo(localeForm('ru'))).toBe('/releases/2024/1?x=1');
  });

  it('does nothing without a session', async () => {
    requestContext.setCookie('NEXT_LOCALE', 'en');
    expect(await applyUserLocale()).toEqual({ locale: null });
    expect(requestContext.cookie('NEXT_LOCALE')).toBe('en');
  });
});
