import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { intakeItems, type IntakeStatus } from '@/lib/db/schema';
import { findIntakeItem } from '@/lib/db/queries/intake-items';
import { CAN_USE_INBOX } from '@/lib/domain/intake/access';
import type { Actor } from '../actor';
import { assertActorRole } from '../actor-rights';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';

/** What triage may set by hand: keep, dismiss, or restore to new. 'used' comes only from an article. */
export const TRIAGE_STATUSES = ['new', 'kept', 'dismissed'] as const satisfies readonly IntakeStatus[];

export const setItemStatusSchema = z.object({
  itemId: z.coerce.number().int().positive().max(2 ** 31),
  status: z.enum(TRIAGE_STATUSES),
});
export type SetItemStatusInput = z.input<typeof setItemStatusSchema>;

/**
 * Keeps, dismisses or restores an inbox item (any editor). An item already used in an article stays
 * used (ForbiddenError 'used'): its article is the record of what was done with it.
 */
export function setItemStatus(db: Db, actor: Actor, input: SetItemStatusInput): { itemId: number; status: IntakeStatus } {
  assertActorRole(actor, CAN_USE_INBOX, 'role');
  const parsed = setItemStatusSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { itemId, status } = parsed.data;
  return db.transaction((tx) => {
    const item = findIntakeItem(tx, itemId);
    if (!item) throw new NotFoundError(`No intake item ${itemId}`);
    if (item.status === 'used') throw new ForbiddenError('used');
    if (item.status === status) return { itemId, status };
    tx.update(intakeItems)
      .set({ status, statusChangedBy: actor.id, statusChangedAt: new Date().toISOString() })
      .where(eq(intakeItems.id, itemId))
      .run();
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'set_intake_status',
      entity: 'intake_item',
      entityId: itemId,
      details: { from: item.status, to: status, url: item.url },
    });
    return { itemId, status };
  });
}
