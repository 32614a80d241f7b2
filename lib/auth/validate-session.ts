import type { Db } from '@/lib/db/client';
import { findUserForSession } from '@/lib/db/queries/users';
import { isRole, type Role } from '@/lib/domain/workflow';
import { sessionExpired, sessionPolicy, type SessionPolicy } from './session-policy';

/** What the app keeps in the session token. */
export interface SessionClaims {
  uid: number;
  sv: number; // the user's session version at login
  loginAt: number; // seconds
  lastSeen: number; // seconds
}

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
}

export function readClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { uid, sv, loginAt, lastSeen } = token;
  if (typeof uid !== 'number' || typeof sv !== 'number' || typeof loginAt !== 'number' || typeof lastSeen !== 'number') return null;
  return { uid, sv, loginAt, lastSeen };
}

/**
 * The user behind a session token, checked against the database on every request: a logout,
 * a deactivation, a role change or a password reset (each bumps the session version) ends it.
 */
export function validateSession(
  db: Db,
  claims: SessionClaims | null,
  now: number = Math.floor(Date.now() / 1000),
  policy: SessionPolicy = sessionPolicy(),
): SessionUser | null {
  if (!claims) return null;
  if (sessionExpired(claims, now, policy)) return null;
  const user = findUserForSession(db, claims.uid);
  if (!user || !user.active || user.sessionVersion !== claims.sv || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}
