import { NextResponse, type NextRequest } from 'next/server';
import createIntlMiddleware from 'next-intl/middleware';
import { decode, encode } from 'next-auth/jwt';
import { routing } from '@/i18n/routing';
import { SESSION_COOKIES, sessionCookieExpiry } from '@/lib/auth/session-cookies';
import { isHttpsRequest } from '@/lib/http/forwarded';
import { sessionExpired, sessionPolicy } from '@/lib/auth/session-policy';

/**
 * A convenience only: it picks the page's language (rewriting to /[locale]), sends anonymous
 * visitors of the desk to the login page and slides a live session's idle clock forward.
 * Every page, action and route checks the session itself.
 */
const intl = createIntlMiddleware(routing);
const LAST_SEEN_GRANULARITY_SECONDS = 60;

export async function proxy(request: NextRequest) {
  const name = SESSION_COOKIES.find((n) => request.cookies.has(n));
  const secret = process.env.NEXTAUTH_SECRET;
  const token = name && secret ? await decode({ token: request.cookies.get(name)!.value, secret }).catch(() => null) : null;
  const path = request.nextUrl.pathname;

  const now = Math.floor(Date.now() / 1000);
  const times = { loginAt: Number(token?.loginAt), lastSeen: Number(token?.lastSeen) };
  // An idle or too old session counts as none: the user logs in again and comes back to this page.
  const alive = !!token && !sessionExpired(times, now, sessionPolicy());

  if (!alive && (path === '/desk' || path.startsWith('/desk/') || path.startsWith('/admin'))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', path + request.nextUrl.search);
    return NextResponse.redirect(login);
  }

  const response = intl(request);
  // An idle session is never revived here: the server refuses it and the user logs in again.
  // Re-sealing the token costs a JWE encryption: do it at most once a minute per session.
  const stale = now - times.lastSeen >= LAST_SEEN_GRANULARITY_SECONDS;
  if (alive && stale && token && name && secret && typeof token.exp === 'number') {
    // Never beyond the session's absolute end (login + SESSION_MAX_HOURS), whatever the token says.
    const end = Math.min(token.exp, sessionCookieExpiry(times.loginAt, sessionPolicy().absoluteSeconds).getTime() / 1000);
    const refreshed = await encode({ token: { ...token, lastSeen: now }, secret, maxAge: Math.max(1, end - now) });
    response.cookies.set(name, refreshed, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: name.startsWith('__Secure-') || isHttpsRequest(request.headers.get('x-forwarded-proto')),
      expires: new Date(end * 1000),
    });
  }
  return response;
}

export const config = {
  // Pages only: not the API, Next's assets, downloads (.pdf), the feed or other files.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
