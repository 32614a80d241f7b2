/** Where the login page sends a user afterwards: a path of this site only, never another origin. */
export const DEFAULT_AFTER_LOGIN = '/desk';

const BASE = 'http://release-desk.invalid';

export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return DEFAULT_AFTER_LOGIN;
  if (/[\u0000-\u001f]/.test(value)) return DEFAULT_AFTER_LOGIN;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  if (url.origin !== BASE) return DEFAULT_AFTER_LOGIN;
  // Back to the login page, or into the auth API, would loop or sign out: go to the desk instead.
  if (url.pathname === '/login' || url.pathname.startsWith('/api/')) return DEFAULT_AFTER_LOGIN;
  return url.pathname + url.search + url.hash;
}

/** The login page's address that comes back to `path` afterwards. */
export function loginPathFor(path: string): string {
  return `/login?next=${encodeURIComponent(safeNextPath(path))}`;
}
