import { cache } from 'react';
import { redirect } from 'next/navigation';
import type { Role } from '@/lib/domain/workflow';
import { getCurrentUser } from './current-user';
import { loginPathFor } from './next-path';
import type { SessionUser } from './validate-session';

/** The layout and the page of one request read the session once. */
const currentUserOnce = cache(getCurrentUser);

export type PageAccess = { user: SessionUser; allowed: boolean };

/**
 * For pages of the desk and the admin area: an anonymous visitor (or an ended session) is sent to
 * the login page, which comes back to `path` afterwards. `allowed` tells whether the user holds one
 * of the roles; the page then shows a "no access" notice instead of its content.
 */
export async function requirePageUser(path: string, roles?: readonly Role[]): Promise<PageAccess> {
  const user = await currentUserOnce();
  if (!user) redirect(loginPathFor(path));
  return { user, allowed: !roles || roles.includes(user.role) };
}
