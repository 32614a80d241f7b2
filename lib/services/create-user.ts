import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { findUserByEmail, normaliseEmail, type UserRow } from '@/lib/db/queries/users';
import { writeAudit } from '@/lib/db/audit';
import { hashPassword, passwordSchema } from '@/lib/auth/password';
import { CAN_MANAGE_USERS, ROLES } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { ValidationError } from './errors';

export const newUserSchema = z.object({
  email: z.email().max(320).transform(normaliseEmail),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password: passwordSchema,
});

export type NewUser = z.input<typeof newUserSchema>;

/** By an administrator, or by the system (first start, demo accounts). */
export async function createUser(db: Db, actor: Actor, input: NewUser): Promise<UserRow> {
  if (actor.role !== 'system') assertActorRole(actor, CAN_MANAGE_USERS, 'manage_users');
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const data = parsed.data;
  if (findUserByEmail(db, data.email)) throw new ValidationError({ email: 'exists' });
  const passwordHash = await hashPassword(data.password);
  return db.transaction((tx) => {
    const row = tx
      .insert(users)
      .values({ email: data.email, name: data.name, role: data.role, passwordHash })
      .returning()
      .get();
    writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'create_user', entity: 'user', entityId: row.id, details: { email: row.email, role: row.role } });
    return row;
  });
}
