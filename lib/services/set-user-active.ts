import { clearLoginLocks } from './authenticate-user';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { countActiveAdmins, findUserById, type UserRow } from '@/lib/db/queries/users';
import { writeAudit } from '@/lib/db/audit';
import { CAN_MANAGE_USERS } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { ForbiddenError, NotFoundError, ValidationError } from './errors';

export const setUserActiveSchema = z.object({
  userId: z.coerce.number().int().positive(),
  active: z.boolean(),
});

export type SetUserActiveInput = z.input<typeof setUserActiveSchema>;

/**
 * Deactivates an account (its sessions end at once and it cannot log in) or reactivates it (with a
 * clean failure count). Accounts are never deleted: their names stay on articles and in the audit log.
 */
export function setUserActive(db: Db, actor: Actor, input: SetUserActiveInput): UserRow {
  assertActorRole(actor, CAN_MANAGE_USERS, 'manage_users');
  const parsed = setUserActiveSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { userId, active } = parsed.data;
  return db.transaction((tx) => {
    const user = findUserById(tx, userId);
    if (!user) throw new NotFoundError(`No user ${userId}`);
    if (user.active === active) return user;
    if (!active && user.role === 'admin' && countActiveAdmins(tx) <= 1) throw new ForbiddenError('last_admin');
    const updated = tx
      .update(users)
      .set(
        active
          ? { active: true, failedLogins: 0, lockedUntil: null }
          : { active: false, sessionVersion: sql`${users.sessionVersion} + 1` },
      )
      .where(eq(users.id, userId))
      .returning()
      .get();
    if (active) clearLoginLocks(tx, userId);
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: active ? 'reactivate_user' : 'deactivate_user',
      entity: 'user',
      entityId: userId,
      details: { email: user.email },
    });
    return updated;
  });
}
