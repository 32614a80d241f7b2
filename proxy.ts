import { NextResponse, type NextRequest } from 'next/server';
import { decode, encode } from 'next-auth/jwt';
import { sessionExpired, sessionPolicy } from '@/lib/auth/session-policy';

/**
 * A convenience only: it sends anonymous visitors of the desk to the login page and slides the
 * session's idle clock forward. Every page, action and route checks the session itself.
 */
const COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

export async function proxy(request: NextRequest) {
  const name = COOKIES.find((n) => request.cookies.has(n));
  const secret = process.env.NEXTAUTH_SECRET;
  const token = name && secret ? await decode({ token: request.cookies.get(name)!.value, secret }).catch(() => null) : null;

  if (!token && request.nextUrl.pathname.startsWith('/desk')) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }

  const response = NextResponse.next();
  const now = Math.floor(Date.now() / 1000);
  const times = { loginAt: Number(token?.loginAt), lastSeen: Number(token?.lastSeen) };
  // An idle session is never revived here: the server refuses it and the user logs in again.
  const alive = !!token && !sessionExpired(times, now, sessionPolicy());
  if (token && alive && name && secret && typeof token.exp === 'number') {
    const refreshed = await encode({ token: { ...token, lastSeen: now }, secret, maxAge: token.exp - now });
    response.cookies.set(name, refreshed, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: name.startsWith('__Secure-'),
      expires: new Date(token.exp * 1000),
    });
  }
  return response;
}

export const config = {
  matcher: ['/desk/:path*', '/admin/:path*'],
};
