import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { countActiveAdmins, findUserById, type UserRow } from '@/lib/db/queries/users';
import { writeAudit } from '@/lib/db/audit';
import { CAN_MANAGE_USERS, ROLES } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { ForbiddenError, NotFoundError, ValidationError } from './errors';

export const updateUserRoleSchema = z.object({
  userId: z.coerce.number().int().positive(),
  role: z.enum(ROLES),
});

export type UpdateUserRoleInput = z.input<typeof updateUserRoleSchema>;

/**
 * Gives an account another role. The user's sessions end (session version bumped) so that the new
 * rights apply from their next login. The last active administrator cannot be demoted.
 */
export function updateUserRole(db: Db, actor: Actor, input: UpdateUserRoleInput): UserRow {
  assertActorRole(actor, CAN_MANAGE_USERS, 'manage_users');
  const parsed = updateUserRoleSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { userId, role } = parsed.data;
  return db.transaction((tx) => {
    const user = findUserById(tx, userId);
    if (!user) throw new NotFoundError(`No user ${userId}`);
    if (user.role === role) return user;
    if (user.role === 'admin' && user.active && countActiveAdmins(tx) <= 1) throw new ForbiddenError('last_admin');
    const updated = tx
      .update(users)
      .set({ role, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning()
      .get();
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'change_role',
      entity: 'user',
      entityId: userId,
      details: { email: user.email, from: user.role, to: role },
    });
    return updated;
  });
}
