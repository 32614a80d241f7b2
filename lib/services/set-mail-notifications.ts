import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { findUserById } from '@/lib/db/queries/users';
import { users } from '@/lib/db/schema';
import { ROLES } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { NotFoundError, ValidationError } from './errors';

export const setMailNotificationsSchema = z.object({ enabled: z.boolean() });

/**
 * The signed-in user turns their own e-mail notifications off or on again (docs/notifications.md).
 * Messages already queued for them are still sent; nothing new is queued while they are off.
 */
export function setMailNotifications(db: Db, actor: Actor, input: { enabled: boolean }): boolean {
  assertActorRole(actor, ROLES, 'signed_in');
  const parsed = setMailNotificationsSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { enabled } = parsed.data;
  const userId = actor.id;
  return db.transaction((tx) => {
    const user = findUserById(tx, userId);
    if (!user) throw new NotFoundError(`No user ${userId}`);
    if (user.mailNotifications === enabled) return enabled;
    tx.update(users).set({ mailNotifications: enabled }).where(eq(users.id, userId)).run();
    writeAudit(tx, { actorId: userId, actor: actor.label, action: 'set_mail_notifications', entity: 'user', entityId: userId, details: { enabled } });
    return enabled;
  });
}
