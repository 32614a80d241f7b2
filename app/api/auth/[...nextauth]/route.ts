import NextAuth from 'next-auth';
import { decode } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { isSessionCookie, limitSessionCookie, sessionCookieExpiry } from '@/lib/auth/session-cookies';
import { sessionPolicy } from '@/lib/auth/session-policy';
import { isHttpsRequest } from '@/lib/http/forwarded';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's routes, with two corrections: the session cookie it sets never outlives the session
 * (next-auth renews it for SESSION_MAX_HOURS from now; it ends SESSION_MAX_HOURS after login) and
 * carries Secure behind HTTPS; and a request it cannot handle (GET /api/auth/callback/credentials,
 * a malformed body) gets a 400 instead of a 500.
 */
async function handle(request: NextRequest, context: Context): Promise<Response> {
  let response: Response;
  try {
    response = (await handler(request, context)) as Response;
  } catch (error) {
    console.error('next-auth refused a request:', error instanceof Error ? error.message : error);
    return Response.json({ error: 'bad_request' }, { status: 400 });
  }
  if (response.status >= 500) return Response.json({ error: 'bad_request' }, { status: 400 });
  return withLimitedSessionCookie(response, isHttpsRequest(request.headers.get('x-forwarded-proto')));
}

async function withLimitedSessionCookie(response: Response, https: boolean): Promise<Response> {
  const lines = response.headers.getSetCookie();
  if (!lines.some((line) => isSessionCookie(line.split('=', 1)[0]!.trim()))) return response;
  const limited = await Promise.all(lines.map((line) => limitLine(line, https)));
  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const line of limited) headers.append('set-cookie', line);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function limitLine(line: string, https: boolean): Promise<string> {
  const [name, ...rest] = line.split(';', 1)[0]!.split('=');
  if (!isSessionCookie(name!.trim())) return line;
  const value = rest.join('=');
  const token = value && process.env.NEXTAUTH_SECRET ? await decode({ token: value, secret: process.env.NEXTAUTH_SECRET }).catch(() => null) : null;
  const loginAt = typeof token?.loginAt === 'number' ? token.loginAt : null;
  const notAfter = loginAt === null ? null : sessionCookieExpiry(loginAt, sessionPolicy().absoluteSeconds);
  return limitSessionCookie(line, notAfter, https);
}

export { handle as GET, handle as POST };
