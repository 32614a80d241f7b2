import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { createTestUser, useTemporaryAppData, type TestUser } from '@/tests/helpers/test-app';

/**
 * The next-auth wiring of the login: the credentials provider's authorize(), as next-auth calls it
 * for POST /api/auth/callback/credentials, with the app's database and the lockout behind it. Every
 * attempt here comes with the same request headers, so it holds whichever client address the
 * server settles on (that part is tested with the front server's trust rules). That a success starts
 * the count again is tested on the service (tests/integration/services/authenticate-user.test.ts).
 */
type Authorize = (credentials: Record<string, string> | undefined, req: { headers: Record<string, string> }) => Promise<unknown>;

let db: Db;
let user: TestUser;
let authorize: Authorize;
beforeEach(async () => {
  useTemporaryAppData();
  const [{ getDb }, { authOptions }] = await Promise.all([import('@/lib/db/instance'), import('@/lib/auth/options')]);
  db = getDb();
  user = await createTestUser(db, 'chief');
  // CredentialsProvider keeps the app's authorize in `options`; next-auth merges it over the provider's stub.
  authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
});

const request = { headers: { 'user-agent': 'vitest', 'x-forwarded-for': '198.51.100.7' } };
const login = (password: string, email = user.email) => authorize({ email, password }, request);
const failures = () =>
  (db.$client.prepare("select json_extract(details, '$.reason') as reason from audit_log where action = 'login_failed' order by id").all() as Array<{ reason: string }>).map(
    (r) => r.reason,
  );

describe('next-auth credentials login (lib/auth/options.ts)', () => {
  it('signs in with the right password and hands next-auth the id, role and session version', async () => {
    expect(await login(user.password)).toEqual({ id: String(user.id), email: user.email, name: expect.any(String), role: 'chief', sessionVersion: 1 });
  });

  it('refuses a wrong password, an unknown account and a malformed form with null (no thrown error)', async () => {
    expect(await login('wrong password!!')).toBeNull();
    expect(await login(user.password, 'nobody@example.org')).toBeNull();
    expect(await authorize({ email: user.email }, request)).toBeNull();
    expect(await authorize(undefined, request)).toBeNull();
    expect(failures()).toEqual(['wrong_password', 'unknown_account']);
  });

  it('locks the account after five failures: the right password is refused too, and audited as locked', async () => {
    for (let i = 0; i < 5; i++) expect(await login('wrong password!!')).toBeNull();
    expect(await login(user.password)).toBeNull();
    expect(failures()).toEqual([...Array(5).fill('wrong_password'), 'locked']);
  }, 30_000);
});
