import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { intakeItems, outlets } from '@/lib/db/schema';
import { findOutlet } from '@/lib/db/queries/outlets';
import { CAN_MANAGE_OUTLETS } from '@/lib/domain/intake/access';
import type { Actor } from '../actor';
import { assertActorRole } from '../actor-rights';
import { NotFoundError, ValidationError } from '../errors';

export const deleteOutletSchema = z.object({ id: z.coerce.number().int().positive().max(2 ** 31) });
export type DeleteOutletInput = z.input<typeof deleteOutletSchema>;

/** 'deleted', or 'deactivated' when items came from it (they keep their outlet: the label and the country guess). */
export type DeleteOutletOutcome = { outcome: 'deleted' | 'deactivated'; items: number };

/** Deletes an outlet nothing refers to; one that brought items is deactivated instead (its items stay in the inbox). */
export function deleteOutlet(db: Db, actor: Actor, input: DeleteOutletInput): DeleteOutletOutcome {
  assertActorRole(actor, CAN_MANAGE_OUTLETS, 'role');
  const parsed = deleteOutletSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { id } = parsed.data;
  return db.transaction((tx) => {
    const outlet = findOutlet(tx, id);
    if (!outlet) throw new NotFoundError(`No outlet ${id}`);
    const items = tx.get<{ n: number }>(sql`select count(*) as n from ${intakeItems} where ${intakeItems.outletId} = ${id}`).n;
    if (items > 0) {
      if (outlet.active) tx.update(outlets).set({ active: false, updatedAt: new Date().toISOString() }).where(eq(outlets.id, id)).run();
      writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'deactivate_outlet', entity: 'outlet', entityId: id, details: { name: outlet.name, items } });
      return { outcome: 'deactivated', items };
    }
    tx.delete(outlets).where(eq(outlets.id, id)).run();
    writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'delete_outlet', entity: 'outlet', entityId: id, details: { name: outlet.name, feedUrl: outlet.feedUrl } });
    return { outcome: 'deleted', items: 0 };
  });
}
