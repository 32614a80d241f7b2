/** Where the login page sends a user afterwards: a path of this site only, never another origin. */
export const DEFAULT_AFTER_LOGIN = '/desk';

const BASE = 'http://release-desk.invalid';
const MAX_LENGTH = 2048;
/** Percent-decoding rounds before giving up ("%25252F" is three rounds). */
const MAX_DECODE_ROUNDS = 4;
/** Control characters, backslashes, and characters a reader cannot see (bidi controls, zero widths, soft hyphen). */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/**
 * The path a login may go back to. The value is normalised first, the way a browser or a server
 * further down could read it: percent escapes are decoded (repeatedly, so that "%252F" cannot
 * turn into "/" later), dot segments resolved; then only a path of this origin is accepted.
 * Anything doubtful (backslashes, control characters, a leading "//" before or after resolving,
 * a bad escape) falls back to the desk. The answer is re-encoded by the URL parser, so that
 * decoding it once more gives back exactly the path checked here.
 */
export function safeNextPath(value: unknown): string {
  const path = sameOriginPath(value);
  // Back to the login page, or into the auth API, would loop or sign out: go to the desk instead.
  if (path === null || isLoginOrApi(path)) return DEFAULT_AFTER_LOGIN;
  return path;
}

/** The normalised path of this origin that `value` stands for, or null when it could lead elsewhere. */
export function sameOriginPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  const decoded = fullyDecoded(value);
  if (decoded === null || FORBIDDEN.test(decoded)) return null;
  if (!decoded.startsWith('/') || decoded.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(decoded, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || url.username || url.password) return null;
  // "/a/..//evil.example" resolves to "//evil.example": scheme-relative once it leaves here.
  if (url.pathname.startsWith('//')) return null;
  return url.pathname + url.search + url.hash;
}

/**
 * next-auth's `redirect` callback (callbackUrl parameter or cookie): an absolute URL of this site
 * or a path, normalised as above; anything else, or anything unreadable, goes to the site's root.
 */
export function authRedirect(url: string, baseUrl: string): string {
  try {
    const base = new URL(baseUrl);
    let candidate: unknown = url;
    if (typeof url === 'string' && !url.startsWith('/')) {
      const absolute = new URL(url);
      if (absolute.origin !== base.origin || absolute.username || absolute.password) return base.origin;
      candidate = absolute.pathname + absolute.search + absolute.hash;
    }
    const path = sameOriginPath(candidate);
    return path === null ? base.origin : base.origin + path;
  } catch {
    return baseUrl;
  }
}

/** The value with every percent escape decoded until nothing changes; null for a bad escape or too many rounds. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round <= MAX_DECODE_ROUNDS; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

function isLoginOrApi(pathWithQuery: string): boolean {
  const path = pathWithQuery.split(/[?#]/, 1)[0]!.toLowerCase();
  return /^\/(?:(?:en|ru)\/)?login(?:\/|$)/.test(path) || path === '/api' || path.startsWith('/api/');
}

/** The login page's address that comes back to `path` afterwards. */
export function loginPathFor(path: string): string {
  return `/login?next=${encodeURIComponent(safeNextPath(path))}`;
}
