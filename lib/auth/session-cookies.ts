/** The cookies next-auth keeps the session in (the __Secure- one over HTTPS). */
export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** The reader's chosen language (next-intl's locale cookie, see i18n/routing.ts). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** Whether a cookie name is the session's (next-auth splits large tokens into NAME.0, NAME.1...). */
export function isSessionCookie(name: string): boolean {
  return SESSION_COOKIES.some((base) => name === base || name.startsWith(`${base}.`));
}

/** A session cookie never outlives its session: it expires when the session's absolute limit ends. */
export function sessionCookieExpiry(loginAtSeconds: number, absoluteSeconds: number): Date {
  return new Date((loginAtSeconds + absoluteSeconds) * 1000);
}

/**
 * A Set-Cookie line of the session with its lifetime cut to `notAfter` (Expires and Max-Age both)
 * and, when the client talks HTTPS, the Secure attribute. A deletion (Max-Age=0, or an Expires in
 * the past) stays as it is, Secure aside.
 */
export function limitSessionCookie(line: string, notAfter: Date | null, secure: boolean, now: Date = new Date()): string {
  const [pair, ...attributes] = line.split(';').map((part) => part.trim());
  const kept: string[] = [];
  let expires: Date | null = null;
  let maxAge: number | null = null;
  let hasSecure = false;
  for (const attribute of attributes) {
    const [rawName, ...rest] = attribute.split('=');
    const name = rawName!.trim().toLowerCase();
    const value = rest.join('=');
    if (name === 'expires') expires = new Date(value);
    else if (name === 'max-age') maxAge = Number(value);
    else {
      if (name === 'secure') hasSecure = true;
      if (attribute) kept.push(attribute);
    }
  }
  const deletion = (maxAge !== null && maxAge <= 0) || (expires !== null && expires.getTime() <= now.getTime());
  let until = maxAge !== null && Number.isFinite(maxAge) ? new Date(now.getTime() + maxAge * 1000) : expires;
  if (!deletion && notAfter && (!until || until > notAfter)) until = notAfter;
  if (deletion) {
    if (expires) kept.push(`Expires=${expires.toUTCString()}`);
    if (maxAge !== null) kept.push(`Max-Age=${maxAge}`);
  } else if (until) {
    kept.push(`Expires=${until.toUTCString()}`, `Max-Age=${Math.max(0, Math.floor((until.getTime() - now.getTime()) / 1000))}`);
  }
  if (secure && !hasSecure) kept.push('Secure');
  return [pair, ...kept].join('; ');
}
