import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { findUserById } from '@/lib/db/queries/users';
import { writeAudit } from '@/lib/db/audit';
import { LANGS, type Lang } from '@/lib/domain/lang';
import { ROLES } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { NotFoundError, ValidationError } from './errors';

export const setUserLocaleSchema = z.object({ locale: z.enum(LANGS) });

/** Remembers the signed-in user's interface language, applied again at their next login. */
export function setUserLocale(db: Db, actor: Actor, input: { locale: string }): Lang {
  assertActorRole(actor, ROLES, 'signed_in');
  const parsed = setUserLocaleSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { locale } = parsed.data;
  const userId = actor.id;
  return db.transaction((tx) => {
    const user = findUserById(tx, userId);
    if (!user) throw new NotFoundError(`No user ${userId}`);
    if (user.locale === locale) return locale;
    tx.update(users).set({ locale }).where(eq(users.id, userId)).run();
    writeAudit(tx, { actorId: userId, actor: actor.label, action: 'set_locale', entity: 'user', entityId: userId, details: { from: user.locale, to: locale } });
    return locale;
  });
}
