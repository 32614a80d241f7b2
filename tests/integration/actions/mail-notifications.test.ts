import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { setMailNotificationsAction } from '@/app/actions/mail-notifications';
import { getDb } from '@/lib/db/instance';
import { findUserById } from '@/lib/db/queries/users';
import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData, type TestUser } from '@/tests/helpers/test-app';

let editor: TestUser;
beforeAll(async () => {
  useTemporaryAppData();
  editor = await createTestUser(getDb(), 'editor');
});
afterEach(() => requestContext.reset());

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('the e-mail notifications action', () => {
  it('answers unauthenticated without a session and invalid for anything but on/off', async () => {
    expect(await setMailNotificationsAction(null, form({ enabled: 'off' }))).toEqual({ ok: false, error: 'unauthenticated' });
    requestContext.signIn(await sessionTokenFor(getDb(), editor));
    expect(await setMailNotificationsAction(null, form({ enabled: 'maybe' }))).toMatchObject({ ok: false, error: 'invalid' });
    expect(findUserById(getDb(), editor.id)!.mailNotifications).toBe(true);
  });

  it('turns the signed-in user’s own notifications off and on', async () => {
    requestContext.signIn(await sessionTokenFor(getDb(), editor));
    expect(await setMailNotificationsAction(null, form({ enabled: 'off' }))).toEqual({ ok: true, enabled: false });
    expect(findUserById(getDb(), editor.id)!.mailNotifications).toBe(false);
    expect(await setMailNotificationsAction(null, form({ enabled: 'on' }))).toEqual({ ok: true, enabled: true });
    expect(findUserById(getDb(), editor.id)!.mailNotifications).toBe(true);
  });
});
