/**
 * A stand-in for next/headers so that server actions and route code can be called directly in
 * vitest, as a request would call them. Use in a test file:
 *   vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
 * then requestContext.signIn(cookie) / requestContext.signOut() / requestContext.setHeader(...).
 */
const jar = new Map<string, string>();
const requestHeaders = new Headers();

export const requestContext = {
  signIn(sessionToken: string) {
    jar.set('next-auth.session-token', sessionToken);
  },
  signOut() {
    jar.delete('next-auth.session-token');
  },
  setCookie(name: string, value: string) {
    jar.set(name, value);
  },
  setHeader(name: string, value: string) {
    requestHeaders.set(name, value);
  },
  reset() {
    jar.clear();
    for (const key of [...requestHeaders.keys()]) requestHeaders.delete(key);
  },
  cookie(name: string) {
    return jar.get(name);
  },
};

const cookieStore = {
  get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  getAll: () => [...jar.entries()].map(([name, value]) => ({ name, value })),
  has: (name: string) => jar.has(name),
  set: (name: string, value: string) => {
    jar.set(name, value);
  },
  delete: (name: string) => {
    jar.delete(name);
  },
};

export async function cookies() {
  return cookieStore;
}

export async function headers() {
  return requestHeaders;
}

export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}
