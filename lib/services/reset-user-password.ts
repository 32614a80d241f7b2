import { clearLoginLocks } from './authenticate-user';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { findUserById, type UserRow } from '@/lib/db/queries/users';
import { writeAudit } from '@/lib/db/audit';
import { generatePassword, hashPassword, passwordSchema } from '@/lib/auth/password';
import { CAN_MANAGE_USERS } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { NotFoundError, ValidationError } from './errors';

export const resetUserPasswordSchema = z.object({
  userId: z.coerce.number().int().positive(),
  /** Absent: a password is generated and returned once. */
  password: passwordSchema.optional(),
});

export type ResetUserPasswordInput = z.input<typeof resetUserPasswordSchema>;

export interface ResetUserPasswordResult {
  user: UserRow;
  /** Only when generated: shown to the administrator once, never stored in clear. */
  generatedPassword: string | null;
}

/** Sets a new password, ends the user's sessions and lifts a login lock. */
export async function resetUserPassword(db: Db, actor: Actor, input: ResetUserPasswordInput): Promise<ResetUserPasswordResult> {
  assertActorRole(actor, CAN_MANAGE_USERS, 'manage_users');
  const parsed = resetUserPasswordSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { userId } = parsed.data;
  if (!findUserById(db, userId)) throw new NotFoundError(`No user ${userId}`);
  const generatedPassword = parsed.data.password ? null : generatePassword();
  const passwordHash = await hashPassword(parsed.data.password ?? generatedPassword!);
  const user = db.transaction((tx) => {
    const updated = tx
      .update(users)
      .set({ passwordHash, failedLogins: 0, lockedUntil: null, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning()
      .get();
    if (!updated) throw new NotFoundError(`No user ${userId}`);
    clearLoginLocks(tx, userId);
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'reset_password',
      entity: 'user',
      entityId: userId,
      details: { email: updated.email, generated: generatedPassword != null },
    });
    return updated;
  });
  return { user, generatedPassword };
}
