import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));

import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData } from '@/tests/helpers/test-app';
import { getDb } from '@/lib/db/instance';
import { users } from '@/lib/db/schema';
import { bumpSessionVersion } from '@/lib/db/queries/users';
import { getCurrentUser, requireUser } from '@/lib/auth/current-user';

describe('server-side sessions', () => {
  beforeAll(() => {
    useTemporaryAppData();
  });
  afterEach(() => requestContext.reset());

  it('knows the signed-in user and their role', async () => {
    const db = getDb();
    const chief = await createTestUser(db, 'chief');
    requestContext.signIn(await sessionTokenFor(db, chief));
    expect(await getCurrentUser()).toMatchObject({ id: chief.id, role: 'chief' });
    await expect(requireUser(['admin'])).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('ends every session on logout (session version bumped)', async () => {
    const db = getDb();
    const editor = await createTestUser(db, 'editor');
    requestContext.signIn(await sessionTokenFor(db, editor));
    expect(await getCurrentUser()).not.toBeNull();
    bumpSessionVersion(db, editor.id);
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUser()).rejects.toMatchObject({ kind: 'unauthenticated' });
  });

  it('ends the session of a deactivated user on the next request', async () => {
    const db = getDb();
    const editor = await createTestUser(db, 'editor');
    requestContext.signIn(await sessionTokenFor(db, editor));
    db.update(users).set({ active: false }).where(eq(users.id, editor.id)).run();
    expect(await getCurrentUser()).toBeNull();
  });

  it('refuses idle and too old sessions, and forged tokens', async () => {
    const db = getDb();
    const editor = await createTestUser(db, 'editor');
    const now = Math.floor(Date.now() / 1000);
    requestContext.signIn(await sessionTokenFor(db, editor, { lastSeen: now - 2 * 3600 }));
    expect(await getCurrentUser()).toBeNull();
    requestContext.signIn(await sessionTokenFor(db, editor, { loginAt: now - 13 * 3600, lastSeen: now }));
    expect(await getCurrentUser()).toBeNull();
    requestContext.signIn('not-a-token');
    expect(await getCurrentUser()).toBeNull();
  });
});
