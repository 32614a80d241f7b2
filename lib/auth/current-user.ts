import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { getDb } from '@/lib/db/instance';
import type { Role } from '@/lib/domain/workflow';
import { SESSION_COOKIES } from './session-cookies';
import { readClaims, validateSession, type SessionUser } from './validate-session';


/** Reads a next-auth session token and checks it against the database. */
export async function userFromSessionToken(raw: string | undefined): Promise<SessionUser | null> {
  if (!raw || !process.env.NEXTAUTH_SECRET) return null;
  try {
    const token = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET });
    return validateSession(getDb(), readClaims(token));
  } catch {
    return null;
  }
}

/** The signed-in user of this request, or null. Every server action and route calls this (or requireUser). */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  return userFromSessionToken(raw);
}

export class AuthError extends Error {
  constructor(readonly kind: 'unauthenticated' | 'forbidden') {
    super(kind === 'unauthenticated' ? 'Please log in.' : 'You are not allowed to do this.');
    this.name = 'AuthError';
  }
}

/** The signed-in user, who must hold one of the roles when given. */
export async function requireUser(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError('unauthenticated');
  if (roles && !roles.includes(user.role)) throw new AuthError('forbidden');
  return user;
}
